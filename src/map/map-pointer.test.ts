import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetAppStore, useAppStore } from '../store/app-store';
import { FakeMap } from './fake-map';
import { bindPointer, pickAt } from './map-pointer';

/** A fake map whose rendered features are given per layer, as queryRenderedFeatures would find them. */
class PickMap extends FakeMap {
  queried: [[number, number], [number, number]][] = [];
  constructor(private readonly rendered: Record<string, Record<string, unknown>[]>) {
    super();
  }
  override getLayer(id: string): unknown {
    return id in this.rendered ? { id } : undefined;
  }
  override queryRenderedFeatures(box: [[number, number], [number, number]], options: { layers: string[] }): { properties: unknown }[] {
    this.queried.push(box);
    return options.layers.flatMap((layer) => (this.rendered[layer] ?? []).map((properties) => ({ properties })));
  }
}

beforeEach(resetAppStore);

describe('what the pointer picks', () => {
  it.each([
    ['a place dot over a line', { 'places-point': [{ id: 'seoul' }], 'situation-line-ordered': [{ statementId: 'pursue-to-suwon' }] }, { kind: 'place', id: 'seoul' }],
    ['an alternative location, as its place', { 'places-alternative': [{ id: 'gimpo-airfield--alt-0', placeId: 'gimpo-airfield' }] }, { kind: 'place', id: 'gimpo-airfield' }],
    ['an outcome event over a statement', { 'outcome-point': [{ eventId: 'seoul-abandoned' }], 'situation-units': [{ statementId: 'seoul-occupied' }] }, { kind: 'outcome', id: 'seoul-abandoned' }],
    ['a line over a broad area', { 'situation-demarcation': [{ statementId: 'demarcation-line' }], 'places-area': [{ id: 'kasaivairi' }] }, { kind: 'statement', id: 'demarcation-line' }],
    ['a broad area alone', { 'places-area': [{ id: 'kasaivairi' }] }, { kind: 'place', id: 'kasaivairi' }],
    ['a feature without an id, then one with', { 'places-point': [{ name: 'no id' }], 'places-river': [{ id: 'han-river' }] }, { kind: 'place', id: 'han-river' }],
    ['nothing', {}, null],
  ])('%s', (_case, rendered, expected) => {
    expect(pickAt(new PickMap(rendered), { x: 100, y: 50 })).toEqual(expected);
  });

  it('looks in a small box around the pointer', () => {
    const map = new PickMap({ 'places-point': [] });
    pickAt(map, { x: 100, y: 50 });
    expect(map.queried[0]).toEqual([
      [96, 46],
      [104, 54],
    ]);
  });
});

describe('pointer events feed the store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hovers, clicks and stops listening', () => {
    const map = new PickMap({ 'places-point': [{ id: 'wonju' }] });
    const stop = bindPointer(map);
    map.fire('mousemove', { point: { x: 1, y: 1 } });
    expect(useAppStore.getState().hoveredPlaceId).toBe('wonju');
    map.fire('click', { point: { x: 1, y: 1 } });
    // The card waits until the click cannot be the first half of a double-click.
    expect(useAppStore.getState().selectedPlaceId).toBeNull();
    vi.advanceTimersByTime(300);
    expect(useAppStore.getState()).toMatchObject({ selectedPlaceId: 'wonju', selectionOrigin: 'map' });
    stop();
    expect(map.listenerCount).toBe(0);
  });

  it.each([
    [{ 'outcome-point': [{ eventId: 'incheon-occupied' }] }, { selectedOutcomeId: 'incheon-occupied', selectedPlaceId: null }],
    [{ 'situation-arrowhead': [{ statementId: 'bukhan-crossings' }] }, { selectedStatementId: 'bukhan-crossings', selectedPlaceId: null }],
  ])('a click opens the card of what is under it', (rendered, expected) => {
    const map = new PickMap(rendered);
    bindPointer(map);
    map.fire('mousemove', { point: { x: 1, y: 1 } });
    expect(useAppStore.getState().hoveredPlaceId).toBeNull();
    map.fire('click', { point: { x: 1, y: 1 } });
    vi.advanceTimersByTime(300);
    expect(useAppStore.getState()).toMatchObject(expected);
  });

  it('a double-click zooms and opens no card', () => {
    const map = new PickMap({ 'places-point': [{ id: 'wonju' }] });
    bindPointer(map);
    map.fire('click', { point: { x: 1, y: 1 } });
    map.fire('click', { point: { x: 1, y: 1 } });
    map.fire('dblclick', {});
    vi.advanceTimersByTime(1000);
    expect(useAppStore.getState().selectedPlaceId).toBeNull();
  });
});
