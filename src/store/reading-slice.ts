import type { StateCreator } from 'zustand';

/** What the side panel shows: the telegram's text, the order of battle, or plan against outcome. */
export type SidePanel = 'text' | 'units' | 'compare';

export interface ReadingSlice {
  sidePanel: SidePanel;
  setSidePanel: (panel: SidePanel) => void;
  /** The tour chapter being read, by id; null when no tour is running. */
  tourChapterId: string | null;
  setTourChapter: (chapterId: string | null) => void;
  /** Sentences the text marks (the tour chapter's). */
  highlightedSentenceIds: readonly string[];
  /** Places the map should frame; `frameRequest` counts requests so the same places can be framed twice. */
  framePlaceIds: readonly string[];
  frameRequest: number;
  framePlaces: (placeIds: readonly string[]) => void;
  /** Scrolling the text frames the paragraph's places on the map. */
  followText: boolean;
  setFollowText: (follow: boolean) => void;
  /** Plan against outcome as a swipe map (on by default): the plan left of a divider, what happened right of it. */
  swipeMap: boolean;
  setSwipeMap: (swipe: boolean) => void;
}

/** The swipe map is on screen while the comparison is open and the reader has not switched it off. */
export function swipeMapShown(state: Pick<ReadingSlice, 'sidePanel' | 'swipeMap'>): boolean {
  return state.sidePanel === 'compare' && state.swipeMap;
}

const NO_SENTENCES: readonly string[] = [];

export const createReadingSlice: StateCreator<ReadingSlice, [], [], ReadingSlice> = (set) => ({
  sidePanel: 'text',
  setSidePanel: (sidePanel) => set({ sidePanel }),
  tourChapterId: null,
  setTourChapter: (tourChapterId) => set(tourChapterId === null ? { tourChapterId, highlightedSentenceIds: NO_SENTENCES } : { tourChapterId }),
  highlightedSentenceIds: NO_SENTENCES,
  framePlaceIds: [],
  frameRequest: 0,
  framePlaces: (framePlaceIds) => set((state) => ({ framePlaceIds, frameRequest: state.frameRequest + 1 })),
  followText: false,
  setFollowText: (followText) => set({ followText }),
  swipeMap: true,
  setSwipeMap: (swipeMap) => set({ swipeMap }),
});
