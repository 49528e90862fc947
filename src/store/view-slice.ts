import type { StateCreator } from 'zustand';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Frames the places of the telegram from Incheon in the west to Gangneung in the east. */
export const DEFAULT_VIEW: MapView = { zoom: 7.6, lat: 37.55, lon: 127.6 };

export interface ViewSlice {
  view: MapView;
  /** Set by the map when the user pans or zooms; the map reads it only at creation and on explicit jumps. */
  setView: (view: MapView) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  setView: (view) => set({ view }),
});
