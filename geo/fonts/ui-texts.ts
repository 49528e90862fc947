import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The interface's own words (index.html and src/, tests left out): the search placeholder writes 仁川. */
export function uiTexts(repoDir: string): string[] {
  const sources = readdirSync(join(repoDir, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(repoDir, 'src', name), 'utf8'));
  return [readFileSync(join(repoDir, 'index.html'), 'utf8'), ...sources];
}
