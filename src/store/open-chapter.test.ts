import { beforeEach, describe, expect, it } from 'vitest';
import type { Chapter } from '../../geo/schema/tour-schema';
import { useDataStore } from '../data/data-store';
import { parseDocumentTime } from '../domain/time';
import { resetAppStore, useAppStore } from './app-store';
import { openChapter } from './open-chapter';

const chapter = (id: string, extra: Partial<Chapter> = {}): Chapter =>
  ({
    id,
    title: `Chapter ${id}`,
    caption: 'A caption long enough for the schema to take it.',
    sentenceIds: [`${id}-s1`, `${id}-s2`],
    time: '1951-01-05T12:00',
    timeNote: 'Why this moment.',
    frame: [`${id}-place`],
    ...extra,
  }) as Chapter;

const TOUR = { chapters: [chapter('seoul-taken'), chapter('what-happened', { time: '1951-01-07T06:00', outcomeEvents: ['incheon-occupied'] })] };

beforeEach(() => {
  resetAppStore();
  useDataStore.setState({ data: { tour: TOUR } as never });
});

describe('opening a tour chapter', () => {
  it('moves the timeline, stops playing, closes the card, shows the text with its sentences marked and frames its places', () => {
    const store = useAppStore.getState();
    store.selectPlace('wonju', 0, 'text');
    store.setPlaying(true);
    store.setSidePanel('units');
    store.setShowOutcome(true);
    const frameRequest = useAppStore.getState().frameRequest;

    openChapter('seoul-taken');

    expect(useAppStore.getState()).toMatchObject({
      tourChapterId: 'seoul-taken',
      time: parseDocumentTime('1951-01-05T12:00'),
      playing: false,
      selectedPlaceId: null,
      showOutcome: false,
      sidePanel: 'text',
      highlightedSentenceIds: ['seoul-taken-s1', 'seoul-taken-s2'],
      framePlaceIds: ['seoul-taken-place'],
      frameRequest: frameRequest + 1,
    });
  });

  it('turns the outcome layer on for a chapter that names what happened', () => {
    openChapter('what-happened');
    expect(useAppStore.getState()).toMatchObject({ tourChapterId: 'what-happened', showOutcome: true, time: parseDocumentTime('1951-01-07T06:00') });
  });

  it.each([
    ['an id the tour does not have (a stale link)', 'no-such-chapter'],
    ['no chapter', null],
  ])('%s ends the tour and leaves the timeline where it is', (_what, id) => {
    openChapter('seoul-taken');
    const time = useAppStore.getState().time;
    openChapter(id);
    expect(useAppStore.getState()).toMatchObject({ tourChapterId: null, highlightedSentenceIds: [], time });
  });

  it('ends the tour while the tour file has not arrived', () => {
    openChapter('seoul-taken');
    useDataStore.setState({ data: {} });
    openChapter('what-happened');
    expect(useAppStore.getState().tourChapterId).toBeNull();
  });
});
