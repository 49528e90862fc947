import { formatDocumentTime, parseDocumentTime, TIMELINE_END, TIMELINE_START } from './time';

/**
 * The state a permalink carries: `#date=1951-01-04T18:00&place=<id>&map=<zoom>/<lat>/<lon>` (OpenStreetMap order),
 * and `&outcome=1` when the outcome layer is on.
 */
export interface Permalink {
  time?: number;
  showOutcome?: boolean;
  placeId?: string;
  view?: { zoom: number; lat: number; lon: number };
}

const MAX_FIELD_LENGTH = 64;
const PLACE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parseView(value: string): Permalink['view'] {
  const parts = value.split('/');
  if (parts.length !== 3) return undefined;
  const [zoom, lat, lon] = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
  if (zoom === undefined || lat === undefined || lon === undefined) return undefined;
  if (!(zoom >= 0 && zoom <= 22 && lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180)) return undefined;
  return { zoom, lat, lon };
}

/**
 * Reads a location hash field by field: a field that is unknown, malformed, out of range or too long is
 * dropped and the others are kept. `knownPlace` decides which place ids exist. Never throws.
 */
export function parsePermalink(hash: string, knownPlace: (id: string) => boolean): Permalink {
  const result: Permalink = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return result;
  }
  const date = params.get('date');
  if (date !== null && date.length <= MAX_FIELD_LENGTH) {
    const time = parseDocumentTime(date);
    if (time !== undefined && time >= TIMELINE_START && time <= TIMELINE_END) result.time = time;
  }
  const place = params.get('place');
  if (place !== null && place.length <= MAX_FIELD_LENGTH && PLACE_ID.test(place) && knownPlace(place)) result.placeId = place;
  const outcome = params.get('outcome');
  if (outcome === '1' || outcome === '0') result.showOutcome = outcome === '1';
  const map = params.get('map');
  if (map !== null && map.length <= MAX_FIELD_LENGTH) {
    const view = parseView(map);
    if (view !== undefined) result.view = view;
  }
  return result;
}

export function formatPermalink(state: { time: number; placeId: string | null; view: { zoom: number; lat: number; lon: number }; showOutcome?: boolean }): string {
  const parts = [`date=${formatDocumentTime(state.time)}`];
  if (state.placeId !== null) parts.push(`place=${state.placeId}`);
  const { zoom, lat, lon } = state.view;
  parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  if (state.showOutcome === true) parts.push('outcome=1');
  return `#${parts.join('&')}`;
}
