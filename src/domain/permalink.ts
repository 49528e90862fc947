import { CARD_FIELDS, CARD_KINDS, type CardKind, type CardRef } from './card-ref';
import { DEFAULT_LABEL_LANGUAGE, isLabelLanguage, type LabelLanguage } from './label-language';
import { formatDocumentTime, parseDocumentTime, TIMELINE_END, TIMELINE_START } from './time';

/**
 * The state a permalink carries, in OpenStreetMap order:
 * `#date=1951-01-04T18:00&place=<id>&map=<zoom>/<lat>/<lon>`, with `&outcome=1` when the outcome layer is on and
 * `&labels=<language>` when the place names are not the telegram's. The open card is one of `place=`,
 * `statement=`, `event=` (an outcome event) or `unit=`; `tour=<chapter>` when a tour chapter is being read;
 * `only=<unit>` when the map shows one formation's statements only.
 */
export interface Permalink {
  time?: number;
  /** The guided tour's chapter. */
  chapter?: string;
  showOutcome?: boolean;
  card?: CardRef;
  labelLanguage?: LabelLanguage;
  view?: { zoom: number; lat: number; lon: number };
  /** The formation the map is filtered to. */
  unitFilter?: string;
}

/** Decides which ids exist, per kind of card (a kind the app cannot open yet answers false). */
export type KnownCard = (kind: CardKind, id: string) => boolean;

const MAX_FIELD_LENGTH = 64;
const CARD_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parseView(value: string): Permalink['view'] {
  const parts = value.split('/');
  if (parts.length !== 3) return undefined;
  const [zoom, lat, lon] = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
  if (zoom === undefined || lat === undefined || lon === undefined) return undefined;
  if (!(zoom >= 0 && zoom <= 22 && lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180)) return undefined;
  return { zoom, lat, lon };
}

/** The first card field that names a known card; a hash written by hand may carry several. */
function parseCard(params: URLSearchParams, known: KnownCard): CardRef | undefined {
  for (const kind of CARD_KINDS) {
    const id = params.get(CARD_FIELDS[kind]);
    if (id !== null && id.length <= MAX_FIELD_LENGTH && CARD_ID.test(id) && known(kind, id)) return { kind, id };
  }
  return undefined;
}

/**
 * Reads a location hash field by field: a field that is unknown, malformed, out of range or too long is
 * dropped and the others are kept. `known` decides which card ids exist. Never throws.
 */
export function parsePermalink(hash: string, known: KnownCard, knownChapter: (id: string) => boolean = () => false): Permalink {
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
  const card = parseCard(params, known);
  if (card !== undefined) result.card = card;
  const chapter = params.get('tour');
  if (chapter !== null && chapter.length <= MAX_FIELD_LENGTH && CARD_ID.test(chapter) && knownChapter(chapter)) result.chapter = chapter;
  const only = params.get('only');
  if (only !== null && only.length <= MAX_FIELD_LENGTH && CARD_ID.test(only) && known('unit', only)) result.unitFilter = only;
  const outcome = params.get('outcome');
  if (outcome === '1' || outcome === '0') result.showOutcome = outcome === '1';
  const labels = params.get('labels');
  if (labels !== null && isLabelLanguage(labels)) result.labelLanguage = labels;
  const map = params.get('map');
  if (map !== null && map.length <= MAX_FIELD_LENGTH) {
    const view = parseView(map);
    if (view !== undefined) result.view = view;
  }
  return result;
}

export interface PermalinkState {
  time: number;
  card: CardRef | null;
  chapter?: string | null;
  view: { zoom: number; lat: number; lon: number };
  showOutcome?: boolean;
  labelLanguage?: LabelLanguage;
  unitFilter?: string | null;
}

export function formatPermalink(state: PermalinkState): string {
  const parts = [`date=${formatDocumentTime(state.time)}`];
  if (state.card !== null) parts.push(`${CARD_FIELDS[state.card.kind]}=${state.card.id}`);
  if (state.chapter !== undefined && state.chapter !== null) parts.push(`tour=${state.chapter}`);
  const { zoom, lat, lon } = state.view;
  parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  if (state.showOutcome === true) parts.push('outcome=1');
  if (state.labelLanguage !== undefined && state.labelLanguage !== DEFAULT_LABEL_LANGUAGE) parts.push(`labels=${state.labelLanguage}`);
  if (state.unitFilter !== undefined && state.unitFilter !== null) parts.push(`only=${state.unitFilter}`);
  return `#${parts.join('&')}`;
}
