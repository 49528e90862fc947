import type { StateCreator } from 'zustand';

export interface DecoderSlice {
  /** The place whose decoder suggestions are drawn on the map (on demand, from its card); null = none. */
  decoderPlaceId: string | null;
  showDecoderSuggestions: (placeId: string | null) => void;
}

export const createDecoderSlice: StateCreator<DecoderSlice, [], [], DecoderSlice> = (set) => ({
  decoderPlaceId: null,
  showDecoderSuggestions: (decoderPlaceId) => set({ decoderPlaceId }),
});
