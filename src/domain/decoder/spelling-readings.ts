/** Steps 1-2 from the spelling's side: every Japanese reading the spelling can stand for, with its cost and how it was reached. */
import { cyrillicToRomaji, foldLength, romajiToCyrillic } from './japanese';
import { latinToCyrillic, plainLatin } from './latin-to-cyrillic';

export interface SpellingReading {
  /** How the Latin letters were read: through Russian, or directly as Japanese (Hepburn) or Korean romanization. */
  route: 'russian' | 'hepburn' | 'korean';
  cyrillic: string;
  /** Romaji with long vowels folded (Cyrillic has none). */
  key: string;
  cost: number;
  notes: string[];
}

const MAX_READINGS = 10;

/** Hepburn syllables only (n for ん): "Genzan", "Kōsen" pass; "Odzio", "Tok-heiri", "Kasaivairi" do not. */
const HEPBURN_WORD = /^(?:(?:[kgnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrjfwy])?[aiueo]|n)+$/;

export function isHepburn(latin: string): boolean {
  return HEPBURN_WORD.test(latin);
}

/** The route a reader of the English page would not assume unless the spelling looks like it gets a small cost. */
const HEPBURN_COST = 0.1;
const KOREAN_COST = 0.25;

export function spellingReadings(spelling: string): SpellingReading[] {
  const byKey = new Map<string, SpellingReading>();
  const add = (reading: SpellingReading) => {
    const id = `${reading.route === 'korean' ? 'k' : 'j'}:${reading.key}`;
    const known = byKey.get(id);
    if (known === undefined || known.cost > reading.cost) byKey.set(id, reading);
  };
  for (const hypothesis of latinToCyrillic(spelling)) {
    const japanese = cyrillicToRomaji(hypothesis.cyrillic);
    add({ route: 'russian', cyrillic: hypothesis.cyrillic, key: foldLength(japanese.romaji), cost: hypothesis.cost + japanese.cost, notes: [...hypothesis.notes, ...japanese.notes] });
  }
  const latin = plainLatin(spelling).replace(/[-'’]/g, '');
  if (latin.length > 0) {
    const hepburnKey = foldLength(latin.replace(/nn/g, 'n'));
    if (isHepburn(latin)) add({ route: 'hepburn', cyrillic: romajiToCyrillic(hepburnKey), key: hepburnKey, cost: HEPBURN_COST, notes: ['read directly as a Japanese (Hepburn) reading'] });
    add({ route: 'korean', cyrillic: '', key: latin, cost: KOREAN_COST, notes: ['read as a Korean romanization (the translator modernised the name)'] });
  }
  return [...byKey.values()].sort((a, b) => a.cost - b.cost).slice(0, MAX_READINGS);
}
