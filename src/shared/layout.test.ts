import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NARROW_MAX_WIDTH_PX } from './layout';

describe('the one breakpoint', () => {
  it('is the one every media query of the page\'s stylesheets uses (CSS cannot import it, so this test holds them together)', () => {
    const src = new URL('../', import.meta.url);
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    expect(files).toContain('app/first-screen.css');
    const css = files.map((file) => readFileSync(new URL(file, src), 'utf8')).join('\n');
    const widths = [...css.matchAll(/@media[^{]*\((max|min)-width:\s*(\d+)px\)/g)].map((match) => ({ kind: match[1], px: Number(match[2]) }));
    expect(widths.length).toBeGreaterThan(0);
    for (const { kind, px } of widths) expect(px).toBe(kind === 'max' ? NARROW_MAX_WIDTH_PX : NARROW_MAX_WIDTH_PX + 1);
  });
});
