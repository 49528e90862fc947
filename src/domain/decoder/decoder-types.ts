/** The decoder's compact data (public/data/decoder.json, built by geo/decoder/build-decoder-data.ts). */
export interface CharReadings {
  /** On'yomi (go-on and kan-on together, as Unihan lists them), lower-case Hepburn with long vowels spelled out ("jou"). */
  on: string[];
  /** Korean readings in Hangul, the usual one first. */
  ko: string[];
}

export type PlaceSource = 'gazetteer' | 'geonames' | 'villages';

export interface DecoderPlace {
  /** Stable id: the gazetteer id, "geonames:<id>" or "village:<id>". */
  id: string;
  /** A readable name (the gazetteer title, the GeoNames name, the village's RR name). */
  name: string;
  hanja: string;
  /** The Hangul the source records, else null (then the decoder reads the Hanja). */
  hangul: string | null;
  lat: number | null;
  lon: number | null;
  source: PlaceSource;
  /** Short provenance: which record, which source. */
  note: string;
  /** "recorded": the source writes these Hanja; "inferred": the build matched Hangul and a Japanese-era name. */
  hanjaBasis: 'recorded' | 'inferred';
}

export interface DecoderData {
  chars: Record<string, CharReadings>;
  /** Shinjitai, simplified or other variant form -> the form used in the places (横 -> 橫). */
  fold: Record<string, string>;
  places: DecoderPlace[];
}

export type ChainStepName = 'latin-to-cyrillic' | 'cyrillic-to-japanese' | 'japanese-to-hanja' | 'hanja-to-korean' | 'korean-to-place';

export interface ChainStep {
  step: ChainStepName;
  /** What the step produced. */
  value: string;
  /** 0 = certain, 1 = a guess. */
  doubt: number;
  why: string;
}

export interface Candidate {
  hanja: string;
  hangul: string;
  rr: string;
  mr: string;
  /** Hepburn with macrons (Ōjō). */
  japanese: string;
  cyrillic: string;
  /** 1 - reading distance, rounded; for ordering read readingDistance and areaKm. */
  score: number;
  /** Edit distance between the spelling's best reading and this candidate's reading, per syllable-length unit. */
  readingDistance: number;
  /** Kilometres from the area the sentence implies (0 = inside); null when no area or no coordinate. */
  areaKm: number | null;
  place: { id: string; name: string; lat: number | null; lon: number | null; source: PlaceSource } | null;
  chain: ChainStep[];
  weakest: ChainStep;
}

export interface DecodeResult {
  spelling: string;
  candidates: Candidate[];
}
