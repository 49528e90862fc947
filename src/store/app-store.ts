import { create } from 'zustand';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AppState = ViewSlice;

/** One store, one slice per concern. Tests reset it with `resetAppStore()`. */
export const useAppStore = create<AppState>()((...args) => ({
  ...createViewSlice(...args),
}));

const initialState = useAppStore.getState();
export function resetAppStore(): void {
  useAppStore.setState(initialState, true);
}
