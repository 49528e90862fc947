import { describe, expect, it } from 'vitest';
import { BOUNDARY, FRIENDLY, HOSTILE, OUTCOME, PARALLEL_38 } from '../shared/palette';
import { dashInPixels, LEGEND_LINES, legendLineOf, OUTCOME_LEGEND_LINE } from './legend-lines';

describe('the legend reads its line styles from the layer specs', () => {
  it.each([
    ['situation-line-reported', 'friendly', FRIENDLY],
    ['situation-line-reported', 'hostile', HOSTILE],
    ['situation-line-reported', 'boundary', BOUNDARY],
    ['situation-line-reported', undefined, FRIENDLY],
    ['situation-line-assessed', 'hostile', HOSTILE],
    ['situation-demarcation', undefined, BOUNDARY],
    ['parallel-38', undefined, PARALLEL_38],
    ['outcome-line', undefined, OUTCOME],
  ] as const)('%s for side %s is drawn in %s', (layerId, side, color) => {
    expect(legendLineOf(layerId, 'label', side).color).toBe(color);
  });

  it('gives each legend line the width and dashes of its layer', () => {
    const byLayer = Object.fromEntries([...LEGEND_LINES, OUTCOME_LEGEND_LINE].map((line) => [line.layerId, { width: line.width, dashed: line.dash.length > 0 }]));
    expect(byLayer['situation-line-reported']).toEqual({ width: 3, dashed: false });
    expect(byLayer['situation-line-ordered']?.dashed).toBe(true);
    expect(byLayer['situation-line-assessed']?.dashed).toBe(true);
    expect(byLayer['situation-demarcation']?.dashed).toBe(true);
    expect(byLayer['outcome-line']?.dashed).toBe(true);
    for (const line of LEGEND_LINES) expect(line.width, line.layerId).toBeGreaterThan(0);
  });

  it('turns MapLibre dashes (multiples of the width) into pixels', () => {
    expect(dashInPixels({ label: '', layerId: 'x', color: '#000', dash: [2, 1.5], width: 3 })).toEqual([6, 4.5]);
    expect(dashInPixels({ label: '', layerId: 'x', color: '#000', dash: [2, 1.5], width: 3 }, 2)).toEqual([12, 9]);
    expect(dashInPixels({ label: '', layerId: 'x', color: '#000', dash: [], width: 3 })).toEqual([]);
  });

  it.each([
    ['no-such-layer', 'no line layer "no-such-layer"'],
    ['situation-units', 'no line layer "situation-units"'],
    ['situation-area-fill', 'no line layer "situation-area-fill"'],
    ['situation-line-assessed-band', 'the width of layer "situation-line-assessed-band" is not a number'],
  ])('refuses %s, a layer a legend sample cannot show', (layerId, message) => {
    expect(() => legendLineOf(layerId, 'label')).toThrow(message);
  });
});
