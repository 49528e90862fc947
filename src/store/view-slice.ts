import type { StateCreator } from 'zustand';
import { DEFAULT_LABEL_LANGUAGE, type LabelLanguage } from '../domain/label-language';

// Defined in the domain, where the permalink reads it; kept importable from here for the panels and the map.
export { LABEL_LANGUAGES, type LabelLanguage } from '../domain/label-language';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Frames the places of the telegram from Incheon in the west to Gangneung in the east. */
export const DEFAULT_VIEW: MapView = { zoom: 7.6, lat: 37.55, lon: 127.6 };

export interface ViewSlice {
  view: MapView;
  labelLanguage: LabelLanguage;
  setLabelLanguage: (language: LabelLanguage) => void;
  /** The "what actually happened" layer, from sources other than the telegram; off by default. */
  showOutcome: boolean;
  setShowOutcome: (show: boolean) => void;
  /** Set by the map when the user pans or zooms; the map reads it only at creation and on explicit jumps. */
  setView: (view: MapView) => void;
  /** Counts explicit jumps (a permalink, back/forward): the map moves when it changes. */
  viewRequest: number;
  jumpTo: (view: MapView) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  setView: (view) => set({ view }),
  viewRequest: 0,
  jumpTo: (view) => set((state) => ({ view, viewRequest: state.viewRequest + 1 })),
  labelLanguage: DEFAULT_LABEL_LANGUAGE,
  setLabelLanguage: (labelLanguage) => set({ labelLanguage }),
  showOutcome: false,
  setShowOutcome: (showOutcome) => set({ showOutcome }),
});
