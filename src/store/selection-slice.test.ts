import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from './app-store';

beforeEach(resetAppStore);

describe('the selection slice: one card at a time', () => {
  it.each([
    ['a place', () => useAppStore.getState().selectPlace('seoul', 2, 'text'), { selectedPlaceId: 'seoul', selectedOutcomeId: null, selectedStatementId: null, mentionIndex: 2, selectionOrigin: 'text' }],
    ['an outcome event', () => useAppStore.getState().selectOutcome('seoul-abandoned'), { selectedPlaceId: null, selectedOutcomeId: 'seoul-abandoned', selectedStatementId: null }],
    ['a statement', () => useAppStore.getState().selectStatement('demarcation-line'), { selectedPlaceId: null, selectedOutcomeId: null, selectedStatementId: 'demarcation-line' }],
  ])('choosing %s closes the others', (_what, choose, expected) => {
    const store = useAppStore.getState();
    store.selectPlace('wonju', 1, 'search');
    store.selectOutcome('incheon-occupied');
    store.selectStatement('bukhan-crossings');
    choose();
    expect(useAppStore.getState()).toMatchObject(expected);
  });

  it('starts a place at its first mention, picked on the map, unless told otherwise', () => {
    useAppStore.getState().selectPlace('incheon', 3, 'search');
    useAppStore.getState().selectPlace('gimpo-airfield');
    expect(useAppStore.getState()).toMatchObject({ selectedPlaceId: 'gimpo-airfield', mentionIndex: 0, selectionOrigin: 'map' });
  });

  it('keeps hover apart from selection, and walks the mentions', () => {
    useAppStore.getState().selectPlace('seoul');
    useAppStore.getState().hoverPlace('wonju');
    useAppStore.getState().setMentionIndex(4);
    expect(useAppStore.getState()).toMatchObject({ selectedPlaceId: 'seoul', hoveredPlaceId: 'wonju', mentionIndex: 4 });
    useAppStore.getState().hoverPlace(null);
    expect(useAppStore.getState()).toMatchObject({ selectedPlaceId: 'seoul', hoveredPlaceId: null });
  });
});

describe('the view slice', () => {
  it('moves the map only on explicit jumps: a reported view changes no request', () => {
    const store = useAppStore.getState();
    store.setView({ zoom: 9, lat: 37.5, lon: 127 });
    expect(useAppStore.getState()).toMatchObject({ view: { zoom: 9, lat: 37.5, lon: 127 }, viewRequest: 0 });
    store.jumpTo({ zoom: 10, lat: 37.6, lon: 126.8 });
    store.jumpTo({ zoom: 10, lat: 37.6, lon: 126.8 });
    expect(useAppStore.getState()).toMatchObject({ view: { zoom: 10, lat: 37.6, lon: 126.8 }, viewRequest: 2 });
  });

  it('switches the label language and the outcome layer', () => {
    useAppStore.getState().setLabelLanguage('hanja');
    useAppStore.getState().setShowOutcome(true);
    expect(useAppStore.getState()).toMatchObject({ labelLanguage: 'hanja', showOutcome: true });
  });
});
