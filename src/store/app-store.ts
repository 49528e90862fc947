import { create } from 'zustand';
import { createDecoderSlice, type DecoderSlice } from './decoder-slice';
import { createReadingSlice, type ReadingSlice } from './reading-slice';
import { subscribeWithSelector } from 'zustand/middleware';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ViewSlice & TimeSlice & SelectionSlice & DecoderSlice & ReadingSlice;

/**
 * One store, one slice per concern. `subscribeWithSelector` lets code outside React (the map, the URL) follow one
 * value: `useAppStore.subscribe(selector, listener, { fireImmediately })`. Tests reset it with `resetAppStore()`.
 */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((...args) => ({
    ...createViewSlice(...args),
    ...createTimeSlice(...args),
    ...createSelectionSlice(...args),
    ...createDecoderSlice(...args),
    ...createReadingSlice(...args),
  })),
);

const initialState = useAppStore.getState();
export function resetAppStore(): void {
  useAppStore.setState(initialState, true);
}

/** Calls `listener` whenever the selected value changes (outside React: the URL, playback). */
export function subscribeTo<T>(selector: (state: AppState) => T, listener: (value: T, previous: T) => void): () => void {
  return useAppStore.subscribe(selector, listener);
}

declare global {
  interface Window {
    /** Test hook: the store, for end-to-end tests and the benchmark (never read by the app itself). */
    __appStore?: typeof useAppStore;
  }
}
