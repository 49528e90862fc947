import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Place } from '../../geo/schema/place-schema';
import { bestSpelling, searchFold } from './place-search';

/** A place the outcome accounts name that the telegram's gazetteer has no record of (Pyeongtaek, Yeoju). */
export interface OutcomePlace {
  /** The name as first written in the outcome data. */
  name: string;
  /** Every spelling the outcome data writes it in (point labels, `alsoNamed`). */
  spellings: string[];
  /** The events that name it, in the order of the data. */
  eventIds: string[];
}

/** "Pyeongtaek (P'yongt'aek)" -> ["Pyeongtaek", "P'yongt'aek"]; a note such as "(gazetteer id: wonju)" is no spelling. */
function labelSpellings(label: string): string[] {
  const match = /^(.+?)\s*\(([^)]+)\)$/.exec(label);
  if (match === null) return [label.trim()];
  const [name = '', aside = ''] = match.slice(1);
  return aside.includes(':') ? [name] : [name, aside];
}

/**
 * The places named only in the outcome data: the labelled points of its lines and the names its accounts give
 * without a point (`alsoNamed`), one record per name (spellings that fold alike, "Yeoju" and "Yoju", are one), less
 * every name the gazetteer already has.
 */
export function outcomeOnlyPlaces(events: readonly OutcomeEvent[], places: readonly Pick<Place, 'title' | 'variants' | 'names'>[]): OutcomePlace[] {
  const known = new Set(
    places.flatMap((place) => [place.title, ...place.variants.map((variant) => variant.toponym), ...Object.values(place.names).filter((name): name is string => typeof name === 'string')]).map(searchFold),
  );
  const byKey = new Map<string, OutcomePlace>();
  for (const event of events) {
    const points = event.geometry === undefined || event.geometry.type === 'place' ? [] : event.geometry.points;
    const groups = [...points.map((point) => labelSpellings(point.label)), ...(event.alsoNamed ?? []).map((name) => [name])];
    for (const spellings of groups) {
      if (spellings.some((spelling) => known.has(searchFold(spelling)))) continue;
      const keys = spellings.map(searchFold);
      const record = keys.map((key) => byKey.get(key)).find((found) => found !== undefined) ?? { name: spellings[0] ?? '', spellings: [], eventIds: [] };
      for (const spelling of spellings) if (!record.spellings.includes(spelling)) record.spellings.push(spelling);
      if (!record.eventIds.includes(event.id)) record.eventIds.push(event.id);
      for (const key of keys) byKey.set(key, record);
    }
  }
  return [...new Set(byKey.values())];
}

export interface OutcomePlaceResult {
  place: OutcomePlace;
  /** The spelling that matched, as the outcome data writes it. */
  matched: string;
  score: number;
}

/** Finds the places named only in the outcome accounts, by the same rules as searchPlaces. */
export function searchOutcomePlaces(query: string, places: readonly OutcomePlace[], limit = 4): OutcomePlaceResult[] {
  const folded = searchFold(query);
  if (folded.length === 0) return [];
  return places
    .flatMap((place) => {
      const best = bestSpelling(query, place.spellings);
      return best === undefined ? [] : [{ place, ...best }];
    })
    .sort((a, b) => a.score - b.score || a.matched.localeCompare(b.matched))
    .slice(0, limit);
}
