import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '../store/app-store';
import { buildMapStyle, MAP_SIDES } from './map-style';
import { OUTCOME_SOURCE, outcomeLayers } from './outcome-layers';
import { PLACES_SOURCE, placesLayers } from './places-layers';
import { SITUATION_SOURCE, situationLayers, situationSymbolLayers } from './situation-layers';

describe('the map style', () => {
  const style = buildMapStyle('http://localhost:4173/', useAppStore.getState());

  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('loads every source from the page origin only', () => {
    for (const source of Object.values(style.sources)) {
      if ('data' in source && typeof source.data === 'string') expect(new URL(source.data).origin).toBe('http://localhost:4173');
    }
  });
});

describe("the swipe map's outcome half", () => {
  resetAppStore();
  const style = buildMapStyle('http://localhost:4173/', useAppStore.getState(), 'outcome');
  const ids = style.layers.map((layer) => layer.id);

  it('passes the validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('draws what happened over the same basemap and places, and nothing of the telegram', () => {
    for (const layer of [...outcomeLayers, ...placesLayers]) expect(ids).toContain(layer.id);
    for (const layer of [...situationLayers, ...situationSymbolLayers]) expect(ids).not.toContain(layer.id);
    expect(Object.keys(style.sources)).toContain(OUTCOME_SOURCE);
    expect(Object.keys(style.sources)).toContain(PLACES_SOURCE);
    expect(Object.keys(style.sources)).not.toContain(SITUATION_SOURCE);
    // Same basemap as the page's map, in the same order.
    const full = buildMapStyle('http://localhost:4173/', useAppStore.getState()).layers.map((layer) => layer.id);
    expect(ids.slice(0, 5)).toEqual(full.slice(0, 5));
  });

  it('draws the outcome whatever the legend checkbox says', () => {
    expect(useAppStore.getState().showOutcome).toBe(false);
    expect(style.state?.showOutcome).toEqual({ default: true });
    expect(MAP_SIDES.outcome.fixedState).toEqual({ showOutcome: true });
  });
});
