import { sentencesById } from '../telegram-text';
import { truncate } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Place } from '../../../geo/schema/place-schema';
import type { Statement, Unit } from '../../../geo/schema/situation-schema';
import type { Telegram } from '../../../geo/schema/telegram-schema';
import type { CitedWork } from '../bibliography';
import type { Mention } from '../mention-matcher';
import type { ExportCredits } from './credits';
import { exportTimeFields } from './iso-time';
import { coordinateSourcesOf } from './sources-of';

export interface GeoJsonExportInput {
  telegram: Telegram;
  /** The gazetteer as recorded (sourced coordinates), not the basemap-drawn river reaches. */
  places: readonly Place[];
  statements: readonly Statement[];
  units: readonly Unit[];
  mentions: readonly Mention[];
  /** The map's situation layer (geo/build/situation.ts buildSituation): what the map draws for each statement. */
  situation: FeatureCollection;
  credits: ExportCredits;
  /** The bibliography's works by key, so a place's sources are written as citations. */
  works: ReadonlyMap<string, CitedWork>;
}

/** Every feature's `layer`: what it is on the map. `statement` rows have no geometry and carry every statement. */
export type ExportLayer = 'place' | 'place-alternative' | 'statement' | 'area' | 'line' | 'arrow' | 'arrowhead' | 'label' | 'unit';

/** RFC 7946 allows foreign members; the citation and attribution travel with the file. */
export interface TelegramFeatureCollection extends FeatureCollection<Geometry | null> {
  name: string;
  citation: string;
  attribution: string;
}

const LAYER_OF_SPEC: Record<Statement['geometry'][number]['type'], ExportLayer> = {
  place: 'area',
  area: 'area',
  line: 'line',
  arrow: 'arrow',
  crossing: 'arrow',
  'side-label': 'label',
};

/** Twice the signed area (shoelace): positive when the ring runs counter-clockwise. */
function signedArea(ring: Position[]): number {
  return ring.slice(1).reduce((sum, [x = 0, y = 0], index) => {
    const [previousX = 0, previousY = 0] = ring[index] ?? [];
    return sum + (previousX * y - x * previousY);
  }, 0);
}

/** Exterior rings counter-clockwise, holes clockwise (RFC 7946, section 3.1.6). */
function rightHandRule(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => ((index === 0) === signedArea(ring) > 0 ? ring : [...ring].reverse()));
}

/**
 * RFC 7946 coordinates: six decimals is plenty (section 11.2) and polygons wind by the right-hand rule. Only
 * polygons are rewound: turf's `rewind` would also reverse "clockwise" lines, turning arrows and rivers around.
 */
export function rfc7946Geometry(geometry: Geometry): Geometry {
  const rounded = truncate(geometry, { precision: 6, coordinates: 2 });
  if (rounded.type === 'Polygon') return { ...rounded, coordinates: rightHandRule(rounded.coordinates) };
  if (rounded.type === 'MultiPolygon') return { ...rounded, coordinates: rounded.coordinates.map(rightHandRule) };
  return rounded;
}

export function telegramGeoJson(input: GeoJsonExportInput): TelegramFeatureCollection {
  const sentences = sentencesById(input.telegram);
  const quotes = (sentenceIds: readonly string[]): string[] => sentenceIds.map((id) => sentences.get(id)?.text ?? '');
  const statementsById = new Map(input.statements.map((statement) => [statement.id, statement]));
  const unitsById = new Map(input.units.map((unit) => [unit.id, unit]));

  const statementProperties = (statement: Statement) => ({
    statementId: statement.id,
    kind: statement.kind,
    role: statement.role,
    summary: statement.summary,
    // ISO 8601 start/end (end null and open_end true when open-ended), the data's own wording beside them.
    ...exportTimeFields(statement.when),
    precision: statement.when.precision,
    inferred: statement.when.inferred,
    basis: statement.when.basis,
    condition: statement.condition ?? null,
    sentenceIds: statement.sentenceIds,
    quotes: quotes(statement.sentenceIds),
  });

  const placeFeatures = input.places.flatMap((place): Feature<Geometry>[] => {
    const mentions = input.mentions.filter((mention) => mention.placeId === place.id);
    const sentenceIds = [...new Set(mentions.map((mention) => mention.sentenceId))];
    const common = { placeId: place.id, kind: place.kind, sentenceIds, quotes: quotes(sentenceIds), spellings: [...new Set(mentions.map((mention) => mention.text))] };
    const main: Feature<Geometry> = {
      type: 'Feature',
      id: `place:${place.id}`,
      properties: {
        layer: 'place',
        ...common,
        title: place.title,
        modernName: place.names.rr ?? place.title,
        hangul: place.names.hangul ?? null,
        hanja: place.names.hanja ?? null,
        confidence: place.confidence,
        rationale: place.rationale,
        coordinateSources: coordinateSourcesOf(place, input.works).map((source) => source.label),
      },
      geometry: rfc7946Geometry(place.geometry),
    };
    const alternatives = (place.alternatives ?? []).flatMap((alternative, index): Feature<Geometry>[] =>
      alternative.geometry === null ? [] : [{
        type: 'Feature',
        id: `place-alternative:${place.id}:${index}`,
        properties: { layer: 'place-alternative', ...common, title: alternative.label, confidence: alternative.confidence, rationale: alternative.rationale },
        geometry: rfc7946Geometry(alternative.geometry),
      }],
    );
    return [main, ...alternatives];
  });

  const statementRows = input.statements.map(
    (statement): Feature<null> => ({
      type: 'Feature',
      id: `statement:${statement.id}`,
      properties: { layer: 'statement', ...statementProperties(statement), units: statement.units, places: statement.places },
      geometry: null,
    }),
  );

  // A unit stack is how the map draws a statement's units when zoomed out, not a fact of its own.
  const drawnFeatures = input.situation.features.filter((feature) => feature.properties?.part !== 'unit-stack').map((feature, position): Feature<Geometry> => {
    const properties = feature.properties ?? {};
    const statement = statementsById.get(String(properties.statementId));
    if (statement === undefined) throw new Error(`situation feature ${position}: unknown statement ${String(properties.statementId)}`);
    const index = Number(properties.index);
    const geometry = rfc7946Geometry(feature.geometry);
    const common = statementProperties(statement);
    if (properties.part === 'unit') {
      const unit = unitsById.get(String(properties.unitId));
      if (unit === undefined) throw new Error(`situation feature ${position}: unknown unit ${String(properties.unitId)}`);
      return {
        type: 'Feature',
        id: `unit:${statement.id}:${unit.id}`,
        properties: { layer: 'unit', unitId: unit.id, unitName: unit.name, force: unit.force, side: unit.side, echelon: unit.echelon, status: statement.kind === 'reported' ? 'present' : 'planned', ...common },
        geometry,
      };
    }
    const spec = statement.geometry[index];
    if (spec === undefined) throw new Error(`situation feature ${position}: statement ${statement.id} has no geometry ${index}`);
    const layer: ExportLayer = properties.part === 'head' ? 'arrowhead' : LAYER_OF_SPEC[spec.type];
    const text = spec.type === 'side-label' ? { text: spec.text } : {};
    return { type: 'Feature', id: `${layer}:${statement.id}:${index}`, properties: { layer, ...text, ...common }, geometry };
  });

  return {
    type: 'FeatureCollection',
    name: 'telegram-1951-01-04',
    citation: input.credits.citation,
    attribution: input.credits.attribution,
    features: [...placeFeatures, ...statementRows, ...drawnFeatures],
  };
}

