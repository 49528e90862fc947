import type { StateCreator } from 'zustand';

/** Where a selection came from: the map eases to the place unless the reader picked it on the map. */
export type SelectionOrigin = 'map' | 'text' | 'search' | 'card' | 'url';

export interface SelectionSlice {
  /** The place whose card is open and whose mentions are highlighted. */
  selectedPlaceId: string | null;
  /** The place under the pointer or keyboard focus, in the text or on the map. */
  hoveredPlaceId: string | null;
  /** Which of the selected place's mentions the card shows (0-based). */
  mentionIndex: number;
  selectionOrigin: SelectionOrigin;
  /** An outcome event whose card is open (they are not places of the telegram). */
  selectedOutcomeId: string | null;
  selectOutcome: (eventId: string | null) => void;
  /** A statement of the telegram whose card is open (an arrow, line or area clicked on the map). */
  selectedStatementId: string | null;
  selectStatement: (statementId: string | null) => void;
  /** A formation whose card is open (from the order of battle, search or the map). */
  selectedUnitId: string | null;
  selectUnit: (unitId: string | null) => void;
  /** The formation whose statements alone the map shows (null = all); opening and closing cards leaves it. */
  unitFilterId: string | null;
  setUnitFilter: (unitId: string | null) => void;
  selectPlace: (placeId: string | null, mentionIndex?: number, origin?: SelectionOrigin) => void;
  hoverPlace: (placeId: string | null) => void;
  setMentionIndex: (index: number) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selectedPlaceId: null,
  hoveredPlaceId: null,
  mentionIndex: 0,
  selectionOrigin: 'map',
  // One card at a time: choosing a place, an outcome event or a statement closes the others.
  selectPlace: (selectedPlaceId, mentionIndex = 0, selectionOrigin = 'map') =>
    set({ selectedPlaceId, mentionIndex, selectionOrigin, selectedOutcomeId: null, selectedStatementId: null, selectedUnitId: null }),
  selectedOutcomeId: null,
  selectOutcome: (selectedOutcomeId) => set({ selectedOutcomeId, selectedPlaceId: null, selectedStatementId: null, selectedUnitId: null }),
  selectedStatementId: null,
  selectStatement: (selectedStatementId) => set({ selectedStatementId, selectedPlaceId: null, selectedOutcomeId: null, selectedUnitId: null }),
  selectedUnitId: null,
  selectUnit: (selectedUnitId) => set({ selectedUnitId, selectedPlaceId: null, selectedOutcomeId: null, selectedStatementId: null }),
  unitFilterId: null,
  setUnitFilter: (unitFilterId) => set({ unitFilterId }),
  hoverPlace: (hoveredPlaceId) => set({ hoveredPlaceId }),
  setMentionIndex: (mentionIndex) => set({ mentionIndex }),
});
