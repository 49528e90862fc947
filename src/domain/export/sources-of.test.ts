import { describe, expect, it } from 'vitest';
import type { CitedWork } from '../bibliography';
import { coordinateSourcesOf, sourcesOf } from './sources-of';

const WORKS = new Map<string, CitedWork>([
  ['telegram', { id: 'telegram', grade: 'archival-primary', citation: 'Wilson Center Digital Archive. (1951). Telegram.', url: 'https://digitalarchive.wilsoncenter.org/document/111207' }],
  ['encyclopaedia', { id: 'encyclopaedia', grade: 'reference', citation: 'Seoul. (n.d.). In Encyclopaedia.' }],
  ['forum', { id: 'forum', grade: 'forum-blog', citation: 'A forum post.', url: 'https://forum.example/1' }],
]);

const telegram = { ref: 'telegram', locator: 'l. 88', supports: 'the spelling and the garrison order' };
const article = { ref: 'encyclopaedia', supports: 'coordinates 37°34′08″N 126°58′36″E' };
const decimal = { ref: 'forum', supports: 'Yongsan Station (37.53000, 126.96472)' };
const wording = { ref: 'forum', supports: 'five ri annexed in 1936 (page 12.3)' };

describe('sourcesOf', () => {
  it('resolves each reference in the bibliography: citation, the work\'s own address, grade, locator', () => {
    expect(sourcesOf({ sources: [telegram] }, WORKS)).toEqual([
      {
        title: 'Wilson Center Digital Archive. (1951). Telegram.',
        url: 'https://digitalarchive.wilsoncenter.org/document/111207',
        supports: 'the spelling and the garrison order',
        grade: 'archival-primary',
        label: 'Wilson Center Digital Archive. (1951). Telegram. (l. 88)',
      },
    ]);
  });

  it('puts the strongest grade first and gives a work without an address a null url', () => {
    expect(sourcesOf({ sources: [decimal, article, telegram] }, WORKS).map((source) => [source.grade, source.url])).toEqual([
      ['archival-primary', 'https://digitalarchive.wilsoncenter.org/document/111207'],
      ['reference', null],
      ['forum-blog', 'https://forum.example/1'],
    ]);
  });

  it('gives nothing for a record without sources', () => {
    expect(sourcesOf({}, WORKS)).toEqual([]);
  });
});

describe('coordinateSourcesOf', () => {
  it.each([
    ['degrees', [telegram, article], ['Seoul. (n.d.). In Encyclopaedia.']],
    ['decimal degrees', [decimal, telegram], ['A forum post.']],
    ['no coordinate anywhere', [telegram, wording], []],
  ])('%s', (_name, sources, titles) => {
    expect(coordinateSourcesOf({ sources }, WORKS).map((source) => source.title)).toEqual(titles);
  });
});
