import type { Geometry, Position } from '../schema/geometry-schema';

/**
 * The region the document's places lie in: the Korean peninsula and, to the west, Beijing (where Mao's telegram
 * was sent from) and Shenyang (the North-East Military Region the order is copied to). A coordinate outside it is
 * a slip (a swapped pair, a zero, a lost minus sign), not a place of this telegram.
 */
export const DOCUMENT_REGION = { west: 114, south: 32, east: 132, north: 44 } as const;

export function inDocumentRegion([lon, lat]: Position): boolean {
  return lon >= DOCUMENT_REGION.west && lon <= DOCUMENT_REGION.east && lat >= DOCUMENT_REGION.south && lat <= DOCUMENT_REGION.north;
}

export const REGION_TEXT = `longitude ${DOCUMENT_REGION.west} to ${DOCUMENT_REGION.east} E, latitude ${DOCUMENT_REGION.south} to ${DOCUMENT_REGION.north} N`;

/** Every position of a geometry with its path inside the geometry ("coordinates[0][3]"). */
export function positionsWithPaths(geometry: Geometry): { path: string; position: Position }[] {
  if (geometry.type === 'Point') return [{ path: 'coordinates', position: geometry.coordinates }];
  if (geometry.type === 'LineString') return geometry.coordinates.map((position, index) => ({ path: `coordinates[${index}]`, position }));
  return geometry.coordinates.flatMap((ring, ringIndex) => ring.map((position, index) => ({ path: `coordinates[${ringIndex}][${index}]`, position })));
}

/** The first position outside the document's region, if any. */
export function firstOutsideRegion(geometry: Geometry): { path: string; position: Position } | undefined {
  return positionsWithPaths(geometry).find(({ position }) => !inDocumentRegion(position));
}
