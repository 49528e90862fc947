import { sentencesById } from '../../src/domain/telegram-text';
import { destination, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Place } from '../schema/place-schema';
import { peopleFileSchema, statementsFileSchema, unitsFileSchema, type Person, type Statement, type Unit } from '../schema/situation-schema';
import type { Telegram } from '../schema/telegram-schema';
import { statementTimes } from '../../src/domain/statement-time';
import { formationKey } from '../../src/domain/order-of-battle';
import { buildGeometry, placePoint, type BuiltGeometry, type PlaceShape } from '../../src/domain/situation-geometry';
import { parseDocumentTime } from '../../src/domain/time';
import { OPEN_END, phaseOpacities } from '../../src/domain/visibility';
import { checkGeometryReferences, checkUnits } from './situation-checks';
import { DataError, readJsonFile, validate } from './validate';

/**
 * Loads the units and checks ids and parents; given the telegram, also that each commander's sentence exists, and
 * given the people, that each commander's `person` is one of them.
 */
export function loadUnits(file: string, telegram?: Telegram, people?: readonly Person[]): Unit[] {
  const units = validate(unitsFileSchema, readJsonFile(file), file, 'units').units;
  const sentenceIds = telegram === undefined ? undefined : new Set(sentencesById(telegram).keys());
  checkUnits(file, units, sentenceIds, people === undefined ? undefined : new Set(people.map((person) => person.id)));
  return units;
}

/** Loads the people the commanders' names stand for (geo/situation/people.json); ids must be unique. */
export function loadPeople(file: string): Person[] {
  const people = validate(peopleFileSchema, readJsonFile(file), file, 'people').people;
  const seen = new Set<string>();
  for (const person of people) {
    if (seen.has(person.id)) throw new DataError(file, person.id, 'id', `duplicate person id "${person.id}"`);
    seen.add(person.id);
  }
  return people;
}

/** Loads statements and checks every reference: sentences, units and places must exist. */
export function loadStatements(file: string, telegram: Telegram, units: readonly Unit[], places: readonly Place[]): Statement[] {
  const statements = validate(statementsFileSchema, readJsonFile(file), file, 'statements').statements;
  const sentences = sentencesById(telegram);
  const sentenceIds = new Set(sentences.keys());
  const sentenceText = new Map([...sentences].map(([id, sentence]) => [id, sentence.text] as const));
  const unitIds = new Set(units.map((unit) => unit.id));
  const placeIds = new Set(places.map((place) => place.id));
  const placesById = new Map(places.map((place) => [place.id, place]));
  const seen = new Set<string>();
  for (const statement of statements) {
    const fail = (field: string, detail: string): never => {
      throw new DataError(file, statement.id, field, detail);
    };
    if (seen.has(statement.id)) fail('id', 'duplicate statement id');
    seen.add(statement.id);
    statement.sentenceIds.forEach((id, index) => sentenceIds.has(id) || fail(`sentenceIds[${index}]`, `no sentence "${id}" in the telegram`));
    statement.units.forEach((id, index) => unitIds.has(id) || fail(`units[${index}]`, `no unit "${id}" in units.json`));
    statement.places.forEach((id, index) => placeIds.has(id) || fail(`places[${index}]`, `no place "${id}" in the gazetteer`));
    if (statement.unitAnchor !== undefined && !placeIds.has(statement.unitAnchor)) fail('unitAnchor', `no place "${statement.unitAnchor}"`);
    checkGeometryReferences(file, statement.id, statement.geometry, placesById);
    const start = parseDocumentTime(statement.when.start);
    const end = statement.when.end === null ? OPEN_END : parseDocumentTime(statement.when.end);
    if (start === undefined) fail('when.start', 'not a valid date');
    if (end === undefined) fail('when.end', 'not a valid date');
    if ((end ?? 0) < (start ?? 0)) fail('when.end', 'ends before it starts');
    // A time the telegram writes must be quoted from one of the statement's own sentences, at the window's start or end.
    statement.when.written?.forEach((written, index) => {
      const field = `when.written[${index}]`;
      if (!statement.sentenceIds.includes(written.sentenceId)) fail(`${field}.sentenceId`, `"${written.sentenceId}" is not one of the statement's sentences`);
      if (!(sentenceText.get(written.sentenceId) ?? '').includes(written.quote)) fail(`${field}.quote`, `sentence "${written.sentenceId}" does not contain "${written.quote}"`);
      if (written.time !== statement.when.start && written.time !== statement.when.end) fail(`${field}.time`, 'is neither the start nor the end of the window');
      if (written.quote.includes('24:00') && !written.time.endsWith('T24:00')) fail(`${field}.time`, 'the quote writes 24:00 but the time is not the end of a day');
    });
  }
  return statements;
}

/** Short designations drawn beside the unit symbols. */
export function unitDesignation(unit: Unit): string {
  const number = /^(\d+)/.exec(unit.name)?.[1];
  return number ?? '';
}

/**
 * The map's situation layer: one feature per drawn part of every statement (bodies, arrowheads) and one point
 * per unit a statement places, each carrying the statement's times so that style expressions do the filtering.
 */
export function buildSituation(statements: readonly Statement[], places: readonly Place[], units: readonly Unit[]): FeatureCollection {
  const byId = new Map<string, PlaceShape>(places.map((place) => [place.id, place]));
  const lookup = (id: string): PlaceShape => {
    const place = byId.get(id);
    if (place === undefined) throw new Error(`no place ${id}`);
    return place;
  };
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const features: Feature[] = [];
  for (const statement of statements) {
    const { start, end, knownFrom: known } = statementTimes(statement);
    const common = {
      statementId: statement.id,
      kind: statement.kind,
      // The opacity of each phase, which the style picks by time (src/map/time-expressions.ts).
      ...phaseOpacities(statement.kind),
      role: statement.role,
      start,
      end,
      knownFrom: known,
      inferred: statement.when.inferred,
      conditional: statement.condition !== undefined,
      // The clause a conditional order rests on, drawn along its line ("If the enemy continues to withdraw...").
      ...(statement.condition === undefined ? {} : { condition: statement.condition }),
      side: statement.role === 'demarcation' ? 'boundary' : statement.units.includes('enemy') ? 'hostile' : 'friendly',
      // Which formations the statement is about, for the map's "only this formation" filter.
      formations: formationKey(statement.units, units),
    };
    const builtParts: BuiltGeometry[] = [];
    statement.geometry.forEach((spec, index) => {
      const built = buildGeometry(spec, lookup, builtParts);
      builtParts.push(built);
      const part = built.text === undefined ? 'body' : 'label';
      features.push({ type: 'Feature', properties: { ...common, part, index, text: built.text ?? null }, geometry: built.body.geometry as Geometry });
      if (built.head !== undefined) features.push({ type: 'Feature', properties: { ...common, part: 'head', index, bearing: built.head.properties.bearing }, geometry: built.head.geometry });
    });
    if (statement.unitAnchor !== undefined) {
      const anchor = placePoint(lookup(statement.unitAnchor));
      const drawn = statement.units.filter((id) => unitsById.get(id)?.echelon !== 'column');
      drawn.forEach((unitId, index) => {
        const unit = unitsById.get(unitId);
        if (unit === undefined) return;
        // Several units at one place stand side by side, 6 km apart, centred on the place.
        const offsetKm = (index - (drawn.length - 1) / 2) * 6;
        const position = offsetKm === 0 ? anchor : destination(point(anchor), Math.abs(offsetKm), offsetKm > 0 ? 90 : 270, { units: 'kilometers' }).geometry.coordinates;
        const status = statement.kind === 'reported' ? 'present' : 'planned';
        features.push({
          type: 'Feature',
          properties: { ...common, part: 'unit', unitId, formations: formationKey([unitId], units), side: unit.side, icon: `unit-${unitId}-${status}`, stacked: drawn.length > 1 },
          geometry: { type: 'Point', coordinates: position },
        });
      });
      // Zoomed out, the units of one statement are drawn as one symbol with their count (src/map/situation-layers.ts).
      const first = drawn[0] === undefined ? undefined : unitsById.get(drawn[0]);
      if (drawn.length > 1 && first !== undefined) {
        const status = statement.kind === 'reported' ? 'present' : 'planned';
        features.push({
          type: 'Feature',
          properties: { ...common, part: 'unit-stack', side: first.side, icon: `unit-${first.id}-${status}`, count: drawn.length },
          geometry: { type: 'Point', coordinates: anchor },
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}
