import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from './app-store';
import { swipeMapShown } from './reading-slice';

beforeEach(resetAppStore);

describe('the reading slice', () => {
  it.each([
    ['compare', true, true],
    ['compare', false, false],
    ['text', true, false],
    ['units', true, false],
  ] as const)('the swipe map shows with the %s panel and the swipe %s: %s', (sidePanel, swipeMap, shown) => {
    expect(swipeMapShown({ sidePanel, swipeMap })).toBe(shown);
  });

  it('opens with the text, no tour, no marked sentences, not following the text, the swipe map on', () => {
    expect(useAppStore.getState()).toMatchObject({ sidePanel: 'text', tourChapterId: null, highlightedSentenceIds: [], followText: false, swipeMap: true });
  });

  it('ending a tour clears its marked sentences; choosing a chapter keeps them for openChapter to set', () => {
    useAppStore.setState({ tourChapterId: 'a', highlightedSentenceIds: ['s1'] });
    useAppStore.getState().setTourChapter('b');
    expect(useAppStore.getState()).toMatchObject({ tourChapterId: 'b', highlightedSentenceIds: ['s1'] });
    useAppStore.getState().setTourChapter(null);
    expect(useAppStore.getState()).toMatchObject({ tourChapterId: null, highlightedSentenceIds: [] });
  });

  it('counts frame requests, so the same places can be framed twice', () => {
    const store = useAppStore.getState();
    const before = useAppStore.getState().frameRequest;
    store.framePlaces(['seoul']);
    store.framePlaces(['seoul']);
    expect(useAppStore.getState()).toMatchObject({ framePlaceIds: ['seoul'], frameRequest: before + 2 });
  });

  it('switches the panel, following the text and the swipe map', () => {
    const store = useAppStore.getState();
    store.setSidePanel('compare');
    store.setFollowText(true);
    store.setSwipeMap(false);
    expect(useAppStore.getState()).toMatchObject({ sidePanel: 'compare', followText: true, swipeMap: false });
  });
});
