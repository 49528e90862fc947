import type { Comparison } from '../../geo/schema/comparison-schema';
import type { AboutData } from '../../geo/schema/about-schema';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Place } from '../../geo/schema/place-schema';
import type { Person, Statement, Unit } from '../../geo/schema/situation-schema';
import type { Telegram } from '../../geo/schema/telegram-schema';
import type { Tour } from '../../geo/schema/tour-schema';
import type { CitedWork } from '../domain/bibliography';
import type { Mention } from '../domain/mention-matcher';

/** The record types of the data, for the parts of the app that read it without knowing where it is written. */
export type { OutcomeEvent, Person, Place, Statement, Unit };

/** Everything the app reads from public/data/, written by `npm run data`. */
export interface AppData {
  telegram: Telegram;
  places: Place[];
  units: Unit[];
  /** Who the commanders' names as written stand for (geo/situation/people.json). */
  people: Person[];
  statements: Statement[];
  mentions: Mention[];
  /** What actually happened, from other sources (geo/outcome/). */
  outcome: OutcomeEvent[];
  /** The guided tour through the document (geo/tour/). */
  tour: Tour;
  /** Plan against outcome: what became of each order and expectation (geo/outcome/comparisons.json). */
  comparisons: Comparison[];
  /** The works the data cites, with formatted citations and grades (geo/sources/bibliography.json). */
  bibliography: CitedWork[];
  /** "About this document" and the glossary (geo/about/). */
  about: AboutData;
}

export const DATA_FILES = {
  telegram: 'data/telegram.json',
  places: 'data/places.json',
  units: 'data/units.json',
  people: 'data/people.json',
  statements: 'data/statements.json',
  mentions: 'data/mentions.json',
  outcome: 'data/outcome.json',
  tour: 'data/tour.json',
  comparisons: 'data/comparisons.json',
  bibliography: 'data/bibliography.json',
  about: 'data/about.json',
} as const satisfies Record<keyof AppData, string>;

/** The top-level shape each file must have; the build validated the details, this catches a truncated or wrong file. */
const SHAPE_CHECKS: Record<keyof AppData, (value: unknown) => string | undefined> = {
  telegram: (value) => (Array.isArray((value as Telegram | null)?.blocks) ? undefined : 'has no "blocks" list'),
  places: (value) => (Array.isArray(value) ? undefined : 'is not a list of places'),
  units: (value) => (Array.isArray(value) ? undefined : 'is not a list of units'),
  people: (value) => (Array.isArray(value) ? undefined : 'is not a list of people'),
  statements: (value) => (Array.isArray(value) ? undefined : 'is not a list of statements'),
  mentions: (value) => (Array.isArray(value) ? undefined : 'is not a list of mentions'),
  outcome: (value) => (Array.isArray(value) ? undefined : 'is not a list of outcome events'),
  tour: (value) => (Array.isArray((value as Tour | null)?.chapters) ? undefined : 'has no "chapters" list'),
  comparisons: (value) => (Array.isArray(value) ? undefined : 'is not a list of comparisons'),
  bibliography: (value) => (Array.isArray(value) ? undefined : 'is not a list of works'),
  about: (value) => (Array.isArray((value as AboutData | null)?.sections) && Array.isArray((value as AboutData | null)?.glossary) ? undefined : 'has no "sections" or "glossary" list'),
};

export type DataKey = keyof AppData;

/**
 * A file that has not arrived after this long is given up (and can be tried again): long enough for a slow
 * connection to bring the largest file, short enough that a request that never answers does not leave the
 * reader waiting on a promise of data.
 */
export const DATA_TIMEOUT_MS = 30_000;

/** Loads one data file; rejects with a message that names the file and says what went wrong. */
export async function loadDataFile<K extends DataKey>(key: K, baseUrl: string, timeoutMs = DATA_TIMEOUT_MS): Promise<AppData[K]> {
  const path = DATA_FILES[key];
  // A timer rather than AbortSignal.timeout: one clock for the page, which tests can move on.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = (): Error => new Error(`${path} did not arrive within ${Math.round(timeoutMs / 1000)} seconds`);
  try {
    let response: Response;
    try {
      response = await fetch(new URL(path, baseUrl), { signal: controller.signal });
    } catch {
      throw controller.signal.aborted ? timedOut() : new Error(`${path} could not be loaded (network error)`);
    }
    if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status})`);
    let value: unknown;
    try {
      value = await response.json();
    } catch {
      throw controller.signal.aborted ? timedOut() : new Error(`${path} is not valid JSON`);
    }
    const problem = SHAPE_CHECKS[key](value);
    if (problem !== undefined) throw new Error(`${path} ${problem}`);
    return value as AppData[K];
  } finally {
    clearTimeout(timer);
  }
}
