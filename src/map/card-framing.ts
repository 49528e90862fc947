import type { Geometry as GeoJsonGeometry } from 'geojson';
import type { OutcomeEvent, Place } from '../data/app-data';
import { boundsOf } from '../domain/bounds';
import type { MapSurface, Padding } from './map-contract';
import { SITUATION_SOURCE } from './situation-layers';

type Position = [number, number];

/** Every position of a GeoJSON geometry, flattened. */
export function positionsOf(geometry: GeoJsonGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates as Position];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates as Position[];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat() as Position[];
    case 'MultiPolygon':
      return geometry.coordinates.flat(2) as Position[];
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** What the map draws for one statement (lines, areas, arrowheads, unit symbols), from the loaded tiles. */
export function statementPositions(map: MapSurface, statementId: string): Position[] {
  return map.querySourceFeatures(SITUATION_SOURCE, { filter: ['==', ['get', 'statementId'], statementId] }).flatMap((feature) => positionsOf(feature.geometry));
}

/** Where an outcome event is drawn: its own points (a line such as Line D) and the gazetteer places it names. */
export function outcomePositions(event: OutcomeEvent, placesById: ReadonlyMap<string, Place>): Position[] {
  const points = event.geometry === undefined || event.geometry.type === 'place' ? [] : event.geometry.points.map((point) => point.coordinates);
  const places = event.places.flatMap((id) => {
    const place = placesById.get(id);
    return place === undefined ? [] : positionsOf(place.geometry);
  });
  return [...points, ...places];
}

/**
 * Moves the map only if part of what was just opened lies under the card (the bottom sheet on a phone, the
 * right column elsewhere): then it is fitted into the free part of the map, never zoomed in.
 */
export function frameBesideCard(map: MapSurface, positions: readonly Position[], padding: Padding): void {
  if (positions.length === 0) return;
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const { top, bottom, left, right } = padding;
  const hidden = positions.some(([lon, lat]) => {
    const { x, y } = map.project([lon, lat]);
    return x < left || x > width - right || y < top || y > height - bottom;
  });
  const bounds = boundsOf([...positions]);
  if (!hidden || bounds === undefined) return;
  map.fitBounds(bounds, { padding, duration: 600, maxZoom: map.getZoom() });
}
