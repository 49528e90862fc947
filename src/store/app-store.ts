import { create } from 'zustand';
import { createDecoderSlice, type DecoderSlice } from './decoder-slice';
import { createReadingSlice, type ReadingSlice } from './reading-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ViewSlice & TimeSlice & SelectionSlice & DecoderSlice & ReadingSlice;

/** One store, one slice per concern. Tests reset it with `resetAppStore()`. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createViewSlice(...args),
  ...createTimeSlice(...args),
  ...createSelectionSlice(...args),
  ...createDecoderSlice(...args),
  ...createReadingSlice(...args),
}));

const initialState = useAppStore.getState();
export function resetAppStore(): void {
  useAppStore.setState(initialState, true);
}

/** Calls `listener` whenever the selected value changes (outside React: for the map, the URL, playback). */
export function subscribeTo<T>(selector: (state: AppState) => T, listener: (value: T, previous: T) => void): () => void {
  let previous = selector(useAppStore.getState());
  return useAppStore.subscribe((state) => {
    const value = selector(state);
    if (Object.is(value, previous)) return;
    const old = previous;
    previous = value;
    listener(value, old);
  });
}

declare global {
  interface Window {
    /** The store, for end-to-end tests and the benchmark (never used by the app itself). */
    __appStore?: typeof useAppStore;
  }
}
