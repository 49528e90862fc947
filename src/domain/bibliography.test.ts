import { describe, expect, it } from 'vitest';
import type { Grade } from '../../geo/schema/grades';
import { onlyForumOrBlog, sourcesStrongestFirst, sourceText, type CitedWork } from './bibliography';

const work = (id: string, grade: Grade): CitedWork => ({ id, grade, citation: `Citation of ${id}.` });
const works = new Map([work('blog', 'forum-blog'), work('wiki', 'reference'), work('cmh', 'official-history'), work('telegram', 'archival-primary'), work('forum', 'forum-blog')].map((w) => [w.id, w]));
const ref = (id: string) => ({ ref: id, supports: `what ${id} says` });

describe('sourcesStrongestFirst', () => {
  it.each([
    [['blog', 'wiki', 'cmh'], ['cmh', 'wiki', 'blog']],
    [['wiki', 'telegram', 'blog', 'cmh'], ['telegram', 'cmh', 'wiki', 'blog']],
    // Equal grades keep the data's order; an unknown key goes last.
    [['forum', 'missing', 'blog', 'wiki'], ['wiki', 'forum', 'blog', 'missing']],
  ])('orders %j as %j', (input, expected) => {
    expect(sourcesStrongestFirst(input.map(ref), works).map((source) => source.ref)).toEqual(expected);
  });
});

describe('onlyForumOrBlog', () => {
  it.each([
    [['blog'], true],
    [['blog', 'forum'], true],
    [['blog', 'wiki'], false],
    [['cmh'], false],
    [[], false],
    [['missing'], false],
  ])('%j: %s', (input, expected) => {
    expect(onlyForumOrBlog(sourcesStrongestFirst(input.map(ref), works))).toBe(expected);
  });
});

describe('sourceText', () => {
  it.each([
    [{ ref: 'cmh', supports: 'x' }, 'Citation of cmh.'],
    [{ ref: 'cmh', locator: 'ch. 10', supports: 'x' }, 'Citation of cmh. (ch. 10)'],
    [{ ref: 'missing', supports: 'x' }, 'missing'],
  ])('%j -> %s', (source, expected) => {
    expect(sourceText(source, works)).toBe(expected);
  });
});
