import type { LayerSpecification } from 'maplibre-gl';
import { basemapLayers } from './basemap-layers';
import { outcomeLayers } from './outcome-layers';
import { situationLayers } from './situation-layers';

/**
 * The line styles the legend explains, read from the layer specs themselves: the on-screen legend, the PNG
 * caption and the CSS (legend.tsx) draw what the map draws, with no copy of a colour, width or dash.
 */
export interface LegendLine {
  label: string;
  layerId: string;
  color: string;
  /** MapLibre's dash pattern, in multiples of the line width (as `line-dasharray`). */
  dash: number[];
  width: number;
}

type Side = 'friendly' | 'hostile' | 'boundary';

const LINE_LAYERS: LayerSpecification[] = [...basemapLayers, ...situationLayers, ...outcomeLayers];

/** A paint value that is either a literal or `['match', ['get', 'side'], ..., fallback]` (the side colour). */
function colorFor(value: unknown, side: Side | undefined, layerId: string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value[0] === 'match' && JSON.stringify(value[1]) === '["get","side"]') {
    for (let index = 2; index + 1 < value.length - 1; index += 2) if (value[index] === side) return String(value[index + 1]);
    return String(value.at(-1));
  }
  throw new Error(`legend: the line colour of layer "${layerId}" is neither a colour nor a match on "side"`);
}

/** A dash pattern that is a plain list, or `['case', condition, ['literal', a], ['literal', b]]` (a: `conditional`). */
function dashFor(value: unknown, conditional: boolean, layerId: string): number[] {
  if (value === undefined) return [];
  const isList = (candidate: unknown): candidate is number[] => Array.isArray(candidate) && candidate.every((part) => typeof part === 'number');
  if (isList(value)) return value;
  if (Array.isArray(value) && value[0] === 'case' && value.length === 4) {
    const branch: unknown = conditional ? value[2] : value[3];
    if (Array.isArray(branch) && branch[0] === 'literal' && isList(branch[1])) return branch[1];
  }
  throw new Error(`legend: the dashes of layer "${layerId}" are neither a plain list nor a case of two literal lists`);
}

/** The legend entry for one line layer; throws when the layer's style is not one a legend sample can show. */
export function legendLineOf(layerId: string, label: string, side?: Side, { conditional = false } = {}): LegendLine {
  const layer = LINE_LAYERS.find((candidate) => candidate.id === layerId);
  if (layer === undefined || layer.type !== 'line') throw new Error(`legend: no line layer "${layerId}"`);
  const paint = layer.paint ?? {};
  const width = paint['line-width'];
  if (typeof width !== 'number') throw new Error(`legend: the width of layer "${layerId}" is not a number`);
  return { label, layerId, color: colorFor(paint['line-color'], side, layerId), dash: dashFor(paint['line-dasharray'], conditional, layerId), width };
}

export const LEGEND_LINES: LegendLine[] = [
  legendLineOf('situation-line-reported', 'Reported: done by 4 Jan, 24:00', 'friendly'),
  legendLineOf('situation-line-ordered', 'Ordered (fades after its time)', 'friendly'),
  legendLineOf('situation-line-ordered', 'Ordered only if a condition holds', 'friendly', { conditional: true }),
  legendLineOf('situation-line-assessed', 'Expected of the enemy', 'hostile'),
  legendLineOf('situation-demarcation', 'Demarcation line, 50th Army / 1st Corps'),
  legendLineOf('parallel-38', '38th parallel'),
];

export const OUTCOME_LEGEND_LINE: LegendLine = legendLineOf('outcome-line', 'What happened, from histories (violet; a ring: the sources disagree on the date)');

/** A dash pattern in pixels for SVG or canvas: MapLibre scales `line-dasharray` by the line width. */
export function dashInPixels(line: LegendLine, scale = 1): number[] {
  return line.dash.map((part) => part * line.width * scale);
}
