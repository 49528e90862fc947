/**
 * Writes the page's CJK type into <data>/fonts/: for every Hangul, Hanja and kana character the page can show
 * (the data it loads and the interface's own words), the Noto Serif slice that has it, cut down to those
 * characters, and ui-fonts.css announcing each file with exactly its characters as unicode-range. Readers
 * without CJK system fonts then see the names instead of boxes, and a page loads only the slices it draws.
 * Fonts: Noto Serif KR, JP and SC (Google, SIL Open Font License 1.1) as packaged by Fontsource.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { cjkCodePoints, formatUnicodeRange, parseFontsourceCss, planSubsets } from './font-plan';

/** The CSS family the interface asks for after its Latin fonts (src/app/app.css, the PNG caption). */
export const UI_CJK_FAMILY = 'Noto Serif CJK subset';

// Korean first (the names are Korean), then the Japanese and the simplified Chinese forms a Korean font lacks.
const PACKAGES = ['@fontsource/noto-serif-kr', '@fontsource/noto-serif-jp', '@fontsource/noto-serif-sc'];

const require = createRequire(import.meta.url);

export interface UiFontReport {
  files: number;
  bytes: number;
  characters: number;
}

export async function writeUiFonts(outDir: string, texts: Iterable<string>): Promise<UiFontReport> {
  const families = PACKAGES.map((name) => ({ family: name, slices: parseFontsourceCss(readFileSync(require.resolve(`${name}/400.css`), 'utf8')) }));
  const codePoints = cjkCodePoints(texts);
  const { jobs, missing } = planSubsets(codePoints, families);
  if (missing.length > 0) throw new Error(`ui fonts: no font has ${missing.map((codePoint) => String.fromCodePoint(codePoint)).join('')}`);
  const fontDir = join(outDir, 'fonts');
  mkdirSync(fontDir, { recursive: true });
  const rules: string[] = [];
  let bytes = 0;
  for (const job of jobs) {
    const source = readFileSync(require.resolve(`${job.family}/files/${job.file}`));
    const subset = await subsetFont(source, String.fromCodePoint(...job.codePoints), { targetFormat: 'woff2' });
    writeFileSync(join(fontDir, job.file), subset);
    bytes += subset.length;
    rules.push(
      `@font-face { font-family: '${UI_CJK_FAMILY}'; font-style: normal; font-weight: 400; font-display: swap; src: url(./${job.file}) format('woff2'); unicode-range: ${formatUnicodeRange(job.codePoints)}; }`,
    );
  }
  const header = `/* Noto Serif KR, JP, SC (c) Google, SIL Open Font License 1.1 (OFL.txt), cut to the characters this page shows by npm run data. */`;
  writeFileSync(join(fontDir, 'ui-fonts.css'), `${header}\n${rules.join('\n')}\n`);
  copyFileSync(join(dirname(require.resolve(`${PACKAGES[0]}/400.css`)), 'LICENSE'), join(fontDir, 'OFL.txt'));
  return { files: jobs.length, bytes, characters: codePoints.length };
}
