import { chapterView } from '../domain/tour';
import { useDataStore } from '../data/data-store';
import { useAppStore } from './app-store';

/**
 * Opens a tour chapter: moves the timeline, sets the outcome layer, closes any card, shows the text with the
 * chapter's sentences marked and frames its places. An unknown id (a stale link) ends the tour instead.
 */
export function openChapter(chapterId: string | null): void {
  const state = useAppStore.getState();
  const chapter = useDataStore.getState().data.tour?.chapters.find((candidate) => candidate.id === chapterId);
  if (chapterId === null || chapter === undefined) {
    state.setTourChapter(null);
    return;
  }
  const view = chapterView(chapter);
  state.setPlaying(false);
  state.selectPlace(null, 0, 'card');
  state.setTime(view.time);
  state.setShowOutcome(view.showOutcome);
  state.setSidePanel('text');
  useAppStore.setState({ tourChapterId: chapter.id, highlightedSentenceIds: view.highlightedSentenceIds });
  state.framePlaces(view.framePlaceIds);
}
