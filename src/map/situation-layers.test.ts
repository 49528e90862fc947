import { describe, expect, it } from 'vitest';
import { situationLayers } from './situation-layers';

/** The dash patterns (in pixels: MapLibre multiplies dasharray by the line width) an ordered line can take. */
function orderedDashesPx(): number[][] {
  const layer = situationLayers.find((candidate) => candidate.id === 'situation-line-ordered');
  if (layer?.type !== 'line') throw new Error('no ordered line layer');
  const width = layer.paint?.['line-width'];
  const dash = JSON.stringify(layer.paint?.['line-dasharray']);
  if (typeof width !== 'number') throw new Error('the ordered line width changes with zoom: the dashes would too');
  const literals = [...dash.matchAll(/\[\s*"literal"\s*,\s*(\[[^\]]*\])\s*\]/g)].map((match) => JSON.parse(match[1] ?? '[]') as number[]);
  return literals.map((pattern) => pattern.map((value) => value * width));
}

describe('ordered lines read as dashed at every zoom', () => {
  it.each(orderedDashesPx().map((pattern) => [pattern]))('dash pattern %j px has gaps a reader can see', (pattern) => {
    expect(pattern).toHaveLength(2);
    expect(pattern[1]).toBeGreaterThanOrEqual(5);
    expect(pattern[0]).toBeGreaterThanOrEqual(3);
  });
  it('a conditional order is dashed differently from an unconditional one', () => {
    const [conditional, unconditional] = orderedDashesPx();
    expect(conditional).not.toEqual(unconditional);
  });
});
