import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Place } from '../data/app-data';
import { buildIndex, useDataStore } from '../data/data-store';
import { resetAppStore, useAppStore } from '../store/app-store';
import { FakeMap } from './fake-map';
import { bindStoreToMap, fitToPlaces } from './map-bindings';

/** The camera the store asks for: where a card, a tour chapter and the first view put the map (desktop layout). */
const places = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/places.json', import.meta.url)), 'utf8')) as Place[];
const byId = new Map(places.map((place) => [place.id, place]));
const point = (id: string): [number, number] => {
  const geometry = byId.get(id)?.geometry;
  if (geometry?.type !== 'Point') throw new Error(`${id} is not a point in the built gazetteer`);
  return geometry.coordinates as [number, number];
};
const ring = (id: string): Position[] => {
  const geometry = byId.get(id)?.geometry;
  if (geometry?.type !== 'Polygon') throw new Error(`${id} is not an area in the built gazetteer`);
  return geometry.coordinates[0] ?? [];
};
const span = (positions: readonly Position[]): [[number, number], [number, number]] => [
  [Math.min(...positions.map((p) => p[0] ?? 0)), Math.min(...positions.map((p) => p[1] ?? 0))],
  [Math.max(...positions.map((p) => p[0] ?? 0)), Math.max(...positions.map((p) => p[1] ?? 0))],
];

// The fake map's container is 1200 x 800: a card takes min(420, 46 %) + 40 px on the right.
const CARD_PADDING = { top: 60, bottom: 150, left: 60, right: 460 };

let stop: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  resetAppStore();
  useDataStore.setState({ status: 'ready', data: { places }, index: buildIndex({ places }) });
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

function bound(): FakeMap {
  const map = new FakeMap();
  stop = bindStoreToMap(map);
  map.eases.length = 0;
  map.fits.length = 0;
  return map;
}

describe('a card brings its place into view beside it', () => {
  it('centres a point in the part of the map the card leaves free, zoomed in to at least 8.5', () => {
    const map = bound();
    useAppStore.getState().selectPlace('incheon', 0, 'text');
    expect(map.eases).toEqual([{ center: point('incheon'), zoom: 8.5, duration: 600, offset: [(60 - 460) / 2, (60 - 150) / 2] }]);
  });

  it('keeps a closer zoom the reader already had', () => {
    const map = bound();
    map.zoom = 11;
    useAppStore.getState().selectPlace('incheon', 0, 'search');
    expect(map.eases).toMatchObject([{ zoom: 11 }]);
  });

  it.each([
    ['an area the text implies', 'kando', () => ring('kando')],
    ['a river', 'han-river', () => (byId.get('han-river')?.geometry as { coordinates: Position[] }).coordinates],
  ])('fits %s (%s) beside the card, no closer than zoom 10', (_what, id, positions) => {
    const map = bound();
    useAppStore.getState().selectPlace(id, 0, 'text');
    expect(map.eases).toEqual([]);
    expect(map.fits).toEqual([{ bounds: span(positions()), options: { padding: CARD_PADDING, duration: 600, maxZoom: 10 } }]);
  });
});

describe('a tour chapter frames its places', () => {
  it('fits them all, clear of the caption band, the legend and the timeline', () => {
    const map = bound();
    useAppStore.getState().framePlaces(['incheon', 'seoul', 'kando', 'no-such-place']);
    expect(map.fits).toEqual([
      { bounds: span([point('incheon'), point('seoul'), ...ring('kando')]), options: { padding: { top: 50, bottom: 330, left: 300, right: 80 }, duration: 800, maxZoom: 10.5 } },
    ]);
  });

  it('does not move for a chapter whose places the gazetteer does not have', () => {
    const map = bound();
    useAppStore.getState().framePlaces(['no-such-place']);
    expect(map.fits).toEqual([]);
  });
});

describe('the first view', () => {
  it('frames every point of the telegram in Korea, not Beijing nor the Northeast Military Region', () => {
    const map = new FakeMap();
    fitToPlaces(map, 250);
    const [fit] = map.fits as { bounds: [[number, number], [number, number]]; options: unknown }[];
    expect(fit?.options).toEqual({ padding: { top: 40, bottom: 150, left: 60, right: 60 }, duration: 250 });
    const [[west, south], [east, north]] = fit?.bounds ?? [[0, 0], [0, 0]];
    const inside = ([lon, lat]: [number, number]): boolean => lon >= west && lon <= east && lat >= south && lat <= north;
    for (const id of ['incheon', 'seoul', 'wonju', 'hoengseong', 'suwon']) expect(inside(point(id)), id).toBe(true);
    expect(inside(point('beijing'))).toBe(false);
    expect(inside(point('northeast-military-region'))).toBe(false);
    const koreanPoints = places.flatMap((place) => (place.geometry.type === 'Point' && place.geometry.coordinates[0] > 124 && place.geometry.coordinates[0] < 131 ? [place.geometry.coordinates] : []));
    expect(fit?.bounds).toEqual(span(koreanPoints));
  });

  it('without places to frame, leaves the map where it is', () => {
    useDataStore.setState({ status: 'ready', data: { places: [] }, index: buildIndex({ places: [] }) });
    const map = new FakeMap();
    fitToPlaces(map);
    expect(map.fits).toEqual([]);
  });
});
