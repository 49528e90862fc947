import { describe, expect, it } from 'vitest';
import { coordinateSourcesOf, sourcesOf } from './sources-of';

const telegram = { title: 'Telegram', author: 'Wilson Center Digital Archive', url: 'https://example.org/111207', ref: 'Doc. 111207', supports: 'the spelling and the garrison order' };
const article = { title: 'Seoul (encyclopaedia)', supports: 'coordinates 37°34′08″N 126°58′36″E' };
const decimal = { title: 'Station', supports: 'Yongsan Station (37.53000, 126.96472)' };
const wording = { title: 'History page', supports: 'five ri annexed in 1936 (page 12.3)' };

describe('sourcesOf', () => {
  it('names each source in one line and keeps what it supports', () => {
    expect(sourcesOf({ sources: [telegram] })).toEqual([
      { title: 'Telegram', url: 'https://example.org/111207', supports: 'the spelling and the garrison order', grade: null, label: 'Wilson Center Digital Archive, Telegram, Doc. 111207' },
    ]);
  });

  it('gives nothing for a record without sources', () => {
    expect(sourcesOf({})).toEqual([]);
  });
});

describe('coordinateSourcesOf', () => {
  it.each([
    ['degrees', [telegram, article], ['Seoul (encyclopaedia)']],
    ['decimal degrees', [decimal, telegram], ['Station']],
    ['no coordinate anywhere', [telegram, wording], []],
  ])('%s', (_name, sources, titles) => {
    expect(coordinateSourcesOf({ sources }).map((source) => source.title)).toEqual(titles);
  });
});
