import type { Comparison } from '../../geo/schema/comparison-schema';
import type { AboutData } from '../../geo/schema/about-schema';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Place } from '../../geo/schema/place-schema';
import type { Statement, Unit } from '../../geo/schema/situation-schema';
import type { Telegram } from '../../geo/schema/telegram-schema';
import type { Tour } from '../../geo/schema/tour-schema';
import type { Mention } from '../domain/mention-matcher';

/** Everything the app reads from public/data/, written by `npm run data`. */
export interface AppData {
  telegram: Telegram;
  places: Place[];
  units: Unit[];
  statements: Statement[];
  mentions: Mention[];
  /** What actually happened, from other sources (geo/outcome/). */
  outcome: OutcomeEvent[];
  /** The guided tour through the document (geo/tour/). */
  tour: Tour;
  /** Plan against outcome: what became of each order and expectation (geo/outcome/comparisons.json). */
  comparisons: Comparison[];
  /** "About this document" and the glossary (geo/about/). */
  about: AboutData;
}

export const DATA_FILES = {
  telegram: 'data/telegram.json',
  places: 'data/places.json',
  units: 'data/units.json',
  statements: 'data/statements.json',
  mentions: 'data/mentions.json',
  outcome: 'data/outcome.json',
  tour: 'data/tour.json',
  comparisons: 'data/comparisons.json',
  about: 'data/about.json',
} as const satisfies Record<keyof AppData, string>;

/** The top-level shape each file must have; the build validated the details, this catches a truncated or wrong file. */
const SHAPE_CHECKS: Record<keyof AppData, (value: unknown) => string | undefined> = {
  telegram: (value) => (Array.isArray((value as Telegram | null)?.blocks) ? undefined : 'has no "blocks" list'),
  places: (value) => (Array.isArray(value) ? undefined : 'is not a list of places'),
  units: (value) => (Array.isArray(value) ? undefined : 'is not a list of units'),
  statements: (value) => (Array.isArray(value) ? undefined : 'is not a list of statements'),
  mentions: (value) => (Array.isArray(value) ? undefined : 'is not a list of mentions'),
  outcome: (value) => (Array.isArray(value) ? undefined : 'is not a list of outcome events'),
  tour: (value) => (Array.isArray((value as Tour | null)?.chapters) ? undefined : 'has no "chapters" list'),
  comparisons: (value) => (Array.isArray(value) ? undefined : 'is not a list of comparisons'),
  about: (value) => (Array.isArray((value as AboutData | null)?.sections) && Array.isArray((value as AboutData | null)?.glossary) ? undefined : 'has no "sections" or "glossary" list'),
};

export type LoadResult = { data: Partial<AppData>; problems: string[] };

async function loadOne<K extends keyof AppData>(key: K, baseUrl: string): Promise<AppData[K]> {
  const path = DATA_FILES[key];
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl));
  } catch {
    throw new Error(`${path} could not be loaded (network error)`);
  }
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status})`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new Error(`${path} is not valid JSON`);
  }
  const problem = SHAPE_CHECKS[key](value);
  if (problem !== undefined) throw new Error(`${path} ${problem}`);
  return value as AppData[K];
}

/** Loads every data file; a file that fails is reported by name and the others are still used. */
export async function loadAppData(baseUrl: string): Promise<LoadResult> {
  const keys = Object.keys(DATA_FILES) as (keyof AppData)[];
  const settled = await Promise.allSettled(keys.map((key) => loadOne(key, baseUrl)));
  const data: Partial<AppData> = {};
  const problems: string[] = [];
  settled.forEach((result, index) => {
    const key = keys[index];
    if (key === undefined) return;
    if (result.status === 'fulfilled') (data as Record<string, unknown>)[key] = result.value;
    else problems.push(result.reason instanceof Error ? result.reason.message : String(result.reason));
  });
  return { data, problems };
}
