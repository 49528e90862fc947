import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../store/app-store';
import { buildMapStyle } from './map-style';

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
