import type { Person, Statement, Unit } from '../../geo/schema/situation-schema';
import { foldName } from './normalise';
import { editDistance } from './place-search';
import { parseDocumentTime } from './time';

/** One formation in the order of battle, with the formations the telegram puts under it. */
export interface FormationNode {
  unit: Unit;
  children: FormationNode[];
}

const ECHELON_ORDER: Record<Unit['echelon'], number> = { column: 0, army: 1, corps: 1, division: 2, unknown: 3 };
const FORCE_ORDER: Record<Unit['force'], number> = { CPV: 0, KPA: 1, UN: 2 };

function byRank(a: Unit, b: Unit): number {
  return FORCE_ORDER[a.force] - FORCE_ORDER[b.force] || ECHELON_ORDER[a.echelon] - ECHELON_ORDER[b.echelon] || a.name.localeCompare(b.name, 'en', { numeric: true });
}

/**
 * The units as a forest: each unit under its `parent`, roots ordered CPV, KPA, then the enemy, higher echelons first.
 * A parent that is not in the list leaves the unit at the top (the data build rejects such a reference).
 */
export function orderOfBattle(units: readonly Unit[]): FormationNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const childrenOf = (parentId: string | undefined): FormationNode[] =>
    units
      .filter((unit) => (parentId === undefined ? unit.parent === undefined || !ids.has(unit.parent) : unit.parent === parentId))
      .sort(byRank)
      .map((unit) => ({ unit, children: childrenOf(unit.id) }));
  return childrenOf(undefined);
}

/** The unit and every formation below it. */
export function formationIds(unitId: string, units: readonly Unit[]): Set<string> {
  const ids = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parent !== undefined && ids.has(unit.parent) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The unit and every formation above it, nearest first (a parent missing from the list ends the chain). */
export function lineageOf(unitId: string, units: readonly Unit[]): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const lineage: string[] = [];
  for (let id: string | undefined = unitId; id !== undefined && !lineage.includes(id); id = byId.get(id)?.parent) lineage.push(id);
  return lineage;
}

/**
 * What a map feature carries so that a filter on one formation finds it: every unit it is about and every formation
 * above them, as `|id|id|` (a string, because a style expression's `in` tests substrings of a string reliably where
 * array properties of GeoJSON features are not). A feature belongs to formation F when the key holds `|F|`.
 */
export function formationKey(unitIds: readonly string[], units: readonly Unit[]): string {
  const ids = [...new Set(unitIds.flatMap((id) => lineageOf(id, units)))];
  return ids.length === 0 ? '' : `|${ids.join('|')}|`;
}

/** Whether a feature with this key belongs to the formation ('' = no filter: everything does). */
export function inFormation(key: string, formationId: string): boolean {
  return formationId === '' || key.includes(`|${formationId}|`);
}

export interface UnitStatement {
  statement: Statement;
  /** True when the statement names the unit itself, false when it names a formation under it. */
  direct: boolean;
}

/** Every statement about the unit or a formation under it, in the order of their times (ties keep the data's order). */
export function statementsOfFormation(unitId: string, units: readonly Unit[], statements: readonly Statement[]): UnitStatement[] {
  const ids = formationIds(unitId, units);
  return statements
    .filter((statement) => statement.units.some((id) => ids.has(id)))
    .map((statement) => ({ statement, direct: statement.units.includes(unitId) }))
    .map((entry, index) => ({ entry, index, start: parseDocumentTime(entry.statement.when.start) ?? 0 }))
    .sort((a, b) => a.start - b.start || a.index - b.index)
    .map(({ entry }) => entry);
}

export interface UnitSearchResult {
  unitId: string;
  /** The name or commander's name that matched, as the data writes it. */
  matched: string;
  score: number;
}

/** Numbers as words and ordinals fold to digits so "50 army", "50th Army" and "fiftieth army" meet. */
function foldUnitName(name: string): string {
  return foldName(name)
    .replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1')
    .replace(/\bfirst\b/g, '1')
    .replace(/\bsecond\b/g, '2')
    .replace(/\bfifth\b/g, '5');
}

/** The names a unit is found by: its own, its commanders' as the telegram writes them, and who the sources say they are. */
function unitNames(unit: Unit, peopleById: ReadonlyMap<string, Person>): string[] {
  const identified = (unit.commanders ?? []).flatMap((commander) => {
    const person = commander.person === undefined ? undefined : peopleById.get(commander.person);
    return person === undefined ? [] : [person.name];
  });
  return [unit.name, ...(unit.commanders ?? []).map((commander) => commander.asWritten), ...new Set(identified)];
}

/**
 * Finds formations by name ("50th army", "1st corps") or by a commander's name ("Han Xianchu"), forgiving one typo
 * in a word of five letters or more.
 */
export function searchUnits(query: string, units: readonly Unit[], limit = 6, people: readonly Person[] = []): UnitSearchResult[] {
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const folded = foldUnitName(query);
  if (folded.length < 2) return [];
  const results: UnitSearchResult[] = [];
  for (const unit of units) {
    let best: UnitSearchResult | undefined;
    for (const name of unitNames(unit, peopleById)) {
      const candidate = foldUnitName(name);
      let score: number | undefined;
      if (candidate === folded) score = 0;
      else if (candidate.startsWith(folded)) score = 1;
      else if (candidate.includes(folded)) score = 2;
      else if (folded.length >= 5 && editDistance(folded, candidate, 1) <= 1) score = 3;
      if (score !== undefined && (best === undefined || score < best.score)) best = { unitId: unit.id, matched: name, score };
    }
    if (best !== undefined) results.push(best);
  }
  return results.sort((a, b) => a.score - b.score || a.matched.localeCompare(b.matched, 'en', { numeric: true })).slice(0, limit);
}
