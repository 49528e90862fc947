import type { Place } from '../schema/place-schema';
import type { GeometrySpec, Unit } from '../schema/situation-schema';
import { DataError } from './validate';

/** Unit ids are unique, parents exist and do not loop, and every commander is quoted from a real sentence. */
export function checkUnits(file: string, units: readonly Unit[], sentenceIds: ReadonlySet<string> | undefined, personIds?: ReadonlySet<string>): void {
  const byId = new Map<string, Unit>();
  for (const unit of units) {
    if (byId.has(unit.id)) throw new DataError(file, unit.id, 'id', `duplicate unit id "${unit.id}"`);
    byId.set(unit.id, unit);
  }
  for (const unit of units) {
    if (unit.parent !== undefined && !byId.has(unit.parent)) throw new DataError(file, unit.id, 'parent', `no unit "${unit.parent}" in this file`);
    const chain = [unit.id];
    for (let parent = unit.parent; parent !== undefined; parent = byId.get(parent)?.parent) {
      if (chain.includes(parent)) throw new DataError(file, unit.id, 'parent', `the parents form a cycle: ${[...chain, parent].join(' -> ')}`);
      chain.push(parent);
    }
    unit.commanders?.forEach((commander, index) => {
      if (sentenceIds !== undefined && !sentenceIds.has(commander.sentenceId)) throw new DataError(file, unit.id, `commanders[${index}].sentenceId`, `no sentence "${commander.sentenceId}" in the telegram`);
      if (personIds !== undefined && commander.person !== undefined && !personIds.has(commander.person)) throw new DataError(file, unit.id, `commanders[${index}].person`, `no person "${commander.person}" in people.json`);
    });
  }
}

/**
 * Every place a statement's geometry draws through, near or along exists, and a river stretch or crossing is on
 * a river: checked here, with file, record and field, so the geometry builder never meets an unknown id.
 */
export function checkGeometryReferences(file: string, statementId: string, specs: readonly GeometrySpec[], placesById: ReadonlyMap<string, Place>): void {
  const fail = (field: string, detail: string): never => {
    throw new DataError(file, statementId, field, detail);
  };
  const place = (field: string, id: string): Place => placesById.get(id) ?? fail(field, `no place "${id}" in the gazetteer`);
  const river = (field: string, id: string): void => {
    const found = place(field, id);
    if (found.kind !== 'river' || found.geometry.type !== 'LineString') fail(field, `"${id}" is a ${found.kind} drawn as a ${found.geometry.type}, not a river line`);
  };
  specs.forEach((spec, index) => {
    const at = `geometry[${index}]`;
    switch (spec.type) {
      case 'place':
        place(`${at}.place`, spec.place);
        break;
      case 'area':
        spec.places.forEach((id, j) => place(`${at}.places[${j}]`, id));
        break;
      case 'arrow':
        spec.through.forEach((id, j) => place(`${at}.through[${j}]`, id));
        break;
      case 'line':
        spec.through.forEach((waypoint, j) => {
          if ('place' in waypoint) {
            place(`${at}.through[${j}].place`, waypoint.place);
            return;
          }
          river(`${at}.through[${j}].alongRiver`, waypoint.alongRiver);
          const before = spec.through[j - 1];
          const after = spec.through[j + 1];
          if (before === undefined || after === undefined || !('place' in before) || !('place' in after)) fail(`${at}.through[${j}]`, 'a stretch along a river needs a place before and after it');
        });
        break;
      case 'crossing':
        river(`${at}.river`, spec.river);
        place(`${at}.at`, spec.at);
        break;
      case 'side-label': {
        const line = spec.of < index ? specs[spec.of] : undefined;
        if (line?.type !== 'line') fail(`${at}.of`, `part ${spec.of} is not a line drawn before this label`);
        break;
      }
    }
  });
}
