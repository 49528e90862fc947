import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { formatCsv, type CsvValue } from './csv';

/**
 * The GIS-facing files. QGIS opens a GeoJSON file of mixed geometry as one layer per geometry type and drops
 * features without geometry, and GDAL turns list properties into "(1:...)" text: so the features are split by
 * geometry kind, lists become joined text, and the features without geometry (statements) become a CSV table
 * whose .csvt sidecar tells GDAL and QGIS which columns are date-times.
 */
export type GeometryKind = 'points' | 'lines' | 'polygons';

const KIND_OF: Record<Exclude<Geometry['type'], 'GeometryCollection'>, GeometryKind> = {
  Point: 'points',
  MultiPoint: 'points',
  LineString: 'lines',
  MultiLineString: 'lines',
  Polygon: 'polygons',
  MultiPolygon: 'polygons',
};

/** Joins list items; the separator is one no sentence of the telegram contains (checked by the export test). */
export const LIST_SEPARATOR = ' | ';

export type FlatValue = string | number | boolean | null;

/** One property as a GIS field: lists joined, objects as JSON text, everything else as it is. */
export function flatValue(value: unknown): FlatValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(LIST_SEPARATOR);
  return JSON.stringify(value);
}

function flatProperties(feature: Feature<Geometry | null>): Record<string, FlatValue> {
  const properties: GeoJsonProperties = feature.properties ?? {};
  // The feature id as a field too: GIS tables show fields, not ids.
  const flat: Record<string, FlatValue> = { feature_id: feature.id === undefined ? null : String(feature.id) };
  for (const [key, value] of Object.entries(properties)) flat[key] = flatValue(value);
  return flat;
}

export interface GisLayers {
  layers: Record<GeometryKind, FeatureCollection>;
  /** The features without geometry, flattened; every row has the same keys (the union of all rows' keys). */
  rows: Record<string, FlatValue>[];
}

/** Splits a collection for GIS use. Throws on a GeometryCollection, which no layer kind takes. */
export function splitForGis(collection: FeatureCollection<Geometry | null>, members: Record<string, string>): GisLayers {
  const layers = {
    points: [] as Feature[],
    lines: [] as Feature[],
    polygons: [] as Feature[],
  };
  const rows: Record<string, FlatValue>[] = [];
  for (const feature of collection.features) {
    const properties = flatProperties(feature);
    if (feature.geometry === null) {
      rows.push(properties);
      continue;
    }
    if (feature.geometry.type === 'GeometryCollection') throw new Error(`feature ${String(feature.id)}: a GeometryCollection has no GIS layer`);
    layers[KIND_OF[feature.geometry.type]].push({ type: 'Feature', ...(feature.id === undefined ? {} : { id: feature.id }), properties, geometry: feature.geometry });
  }
  const collectionOf = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', ...members, features });
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    layers: { points: collectionOf(layers.points), lines: collectionOf(layers.lines), polygons: collectionOf(layers.polygons) },
    rows: rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))),
  };
}

/** GDAL's .csvt types for the row table: time fields DateTime, the rest String (booleans read "true"/"false"). */
export function rowsCsv(rows: readonly Record<string, FlatValue>[], timeColumns: readonly string[]): { csv: string; csvt: string } {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (value: FlatValue): CsvValue => (typeof value === 'boolean' ? String(value) : value);
  return {
    csv: formatCsv([columns, ...rows.map((row) => columns.map((column) => cell(row[column] ?? null)))]),
    csvt: `${columns.map((column) => (timeColumns.includes(column) ? '"DateTime"' : '"String"')).join(',')}\r\n`,
  };
}
