/** Reads the Unihan files (Debian `unicode-data`) and KANJIDIC2 (Debian `kanjidic-xml`) into plain maps. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { katakanaToRomaji } from './kana';

export const UNIHAN_DIR = '/usr/share/unicode';
export const KANJIDIC_FILE = '/usr/share/edict/kanjidic2.xml.gz';

export interface CharFacts {
  on: string[];
  ko: string[];
  /** Some Korean reading is sourced from KS X 1001 (kHangul source "0"): the form Korean writing uses. */
  koStandard: boolean;
  traditional?: string;
  joyo: boolean;
  /** KANJIDIC lists it with a frequency rank or school grade: a character in common use. */
  common: boolean;
  /** KANJIDIC cross-references (shinjitai <-> kyūjitai and other variants). */
  variants: string[];
}

function bzcat(file: string): string {
  const result = spawnSync('bzcat', [file], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bzcat ${file} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

const fromCode = (code: string) => String.fromCodePoint(parseInt(code.replace('U+', '').split('<')[0] ?? '', 16));

export function readUnihan(): Map<string, CharFacts> {
  const facts = new Map<string, CharFacts>();
  const entry = (char: string): CharFacts => {
    let known = facts.get(char);
    if (known === undefined) facts.set(char, (known = { on: [], ko: [], koStandard: false, joyo: false, common: false, variants: [] }));
    return known;
  };
  for (const line of bzcat(`${UNIHAN_DIR}/Unihan_Readings.txt.bz2`).split('\n')) {
    const [code, field, value] = line.split('\t');
    if (code === undefined || value === undefined || !code.startsWith('U+')) continue;
    if (field === 'kJapaneseOn') entry(fromCode(code)).on = value.toLowerCase().split(' ');
    else if (field === 'kHangul') {
      const fact = entry(fromCode(code));
      fact.ko = value.split(' ').map((reading) => reading.split(':')[0] ?? '').filter(Boolean);
      fact.koStandard = value.split(' ').some((reading) => (reading.split(':')[1] ?? '').includes('0'));
    }
  }
  for (const line of bzcat(`${UNIHAN_DIR}/Unihan_Variants.txt.bz2`).split('\n')) {
    const [code, field, value] = line.split('\t');
    if (code === undefined || value === undefined || field !== 'kTraditionalVariant') continue;
    const targets = value.split(' ').map(fromCode);
    const char = fromCode(code);
    const other = targets.find((target) => target !== char);
    if (targets.length === 1 && other !== undefined) entry(char).traditional = other;
  }
  for (const line of bzcat(`${UNIHAN_DIR}/Unihan_OtherMappings.txt.bz2`).split('\n')) {
    const [code, field] = line.split('\t');
    if (code !== undefined && code.startsWith('U+') && field === 'kJoyoKanji') entry(fromCode(code)).joyo = true;
  }
  readKanjidic(entry);
  return facts;
}

/** KANJIDIC2: on'yomi where Unihan has none, Korean readings where Unihan has none, variant cross-references. */
function readKanjidic(entry: (char: string) => CharFacts): void {
  const xml = gunzipSync(readFileSync(KANJIDIC_FILE)).toString('utf8');
  const byJis = new Map<string, string>();
  const pending: Array<[string, string[]]> = [];
  for (const block of xml.split('<character>').slice(1)) {
    const literal = /<literal>(.+?)<\/literal>/.exec(block)?.[1];
    if (literal === undefined) continue;
    for (const match of block.matchAll(/<cp_value cp_type="(jis20[8]|jis21[23])">([^<]+)<\/cp_value>/g)) byJis.set(`${match[1]}:${match[2]}`, literal);
    const facts = entry(literal);
    facts.common = /<freq>|<grade>/.test(block);
    if (facts.on.length === 0) facts.on = [...block.matchAll(/<reading r_type="ja_on">([^<]+)<\/reading>/g)].map((m) => katakanaToRomaji(m[1] ?? '')).filter(Boolean);
    if (facts.ko.length === 0) facts.ko = [...block.matchAll(/<reading r_type="korean_h">([^<]+)<\/reading>/g)].map((m) => m[1] ?? '');
    pending.push([literal, [...block.matchAll(/<variant var_type="(jis20[8]|jis21[23])">([^<]+)<\/variant>/g)].map((m) => `${m[1]}:${m[2]}`)]);
  }
  for (const [literal, keys] of pending) {
    for (const key of keys) {
      const other = byJis.get(key);
      if (other !== undefined && other !== literal) entry(literal).variants.push(other);
    }
  }
}
