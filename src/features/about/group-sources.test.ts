import { describe, expect, it } from 'vitest';
import type { ShownSource } from '../../../geo/schema/about-schema';
import { groupByWork } from './group-sources';

const telegram = { ref: 'wilson-111207', short: 'Telegram', grade: 'archival-primary', url: 'https://example.org/t' } as const;
const mossman = { ref: 'mossman', short: 'Mossman, Ebb and Flow', grade: 'official-history' } as const;

describe('groupByWork', () => {
  it.each<[string, ShownSource[], { ref: string; locators: string[]; supports: string[] }[]]>([
    ['one work cited twice, two places in it', [{ ...telegram, locator: 'header', supports: 'a' }, { ...telegram, locator: 'order', supports: 'b' }], [{ ref: 'wilson-111207', locators: ['header', 'order'], supports: ['a', 'b'] }]],
    ['works keep the order of first citation', [{ ...mossman, supports: 'm' }, { ...telegram, locator: 'x', supports: 't' }, { ...mossman, locator: 'ch. 10', supports: 'n' }], [
      { ref: 'mossman', locators: ['ch. 10'], supports: ['m', 'n'] },
      { ref: 'wilson-111207', locators: ['x'], supports: ['t'] },
    ]],
    ['the same locator is listed once', [{ ...telegram, locator: 'order', supports: 'a' }, { ...telegram, locator: 'order', supports: 'b' }], [{ ref: 'wilson-111207', locators: ['order'], supports: ['a', 'b'] }]],
  ])('%s', (_name, sources, expected) => {
    expect(groupByWork(sources).map(({ ref, locators, supports }) => ({ ref, locators, supports }))).toEqual(expected);
  });
});
