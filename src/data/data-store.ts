import { create } from 'zustand';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Place } from '../../geo/schema/place-schema';
import type { Statement, Unit } from '../../geo/schema/situation-schema';
import type { Sentence } from '../../geo/schema/telegram-schema';
import type { CitedWork } from '../domain/bibliography';
import type { Mention } from '../domain/mention-matcher';
import { loadAppData, type AppData } from './app-data';

/** Lookups derived once when the data arrives. */
export interface DataIndex {
  placesById: Map<string, Place>;
  unitsById: Map<string, Unit>;
  sentencesById: Map<string, Sentence>;
  mentionsByPlace: Map<string, Mention[]>;
  statementsByPlace: Map<string, Statement[]>;
  outcomeByPlace: Map<string, OutcomeEvent[]>;
  outcomeById: Map<string, OutcomeEvent>;
  worksById: Map<string, CitedWork>;
}

interface DataState {
  status: 'loading' | 'ready';
  data: Partial<AppData>;
  index: DataIndex;
  /** Files that failed to load, by name: shown to the reader, the rest keeps working. */
  problems: string[];
  load: (baseUrl: string) => Promise<void>;
}

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

export function buildIndex(data: Partial<AppData>): DataIndex {
  return {
    placesById: new Map((data.places ?? []).map((place) => [place.id, place])),
    unitsById: new Map((data.units ?? []).map((unit) => [unit.id, unit])),
    sentencesById: new Map((data.telegram?.blocks ?? []).flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence] as const))),
    mentionsByPlace: groupBy(data.mentions ?? [], (mention) => [mention.placeId]),
    statementsByPlace: groupBy(data.statements ?? [], (statement) => statement.places),
    outcomeByPlace: groupBy(data.outcome ?? [], (event) => event.places),
    outcomeById: new Map((data.outcome ?? []).map((event) => [event.id, event])),
    worksById: new Map((data.bibliography ?? []).map((work) => [work.id, work])),
  };
}

export const useDataStore = create<DataState>()((set) => ({
  status: 'loading',
  data: {},
  index: buildIndex({}),
  problems: [],
  load: async (baseUrl) => {
    const { data, problems } = await loadAppData(baseUrl);
    set({ status: 'ready', data, problems, index: buildIndex(data) });
  },
}));

/** Runs `action` once the data has loaded (at once if it has); returns a function that cancels the wait. */
export function onceDataReady(action: () => void): () => void {
  if (useDataStore.getState().status === 'ready') {
    action();
    return () => undefined;
  }
  const stop = useDataStore.subscribe((state) => {
    if (state.status !== 'ready') return;
    stop();
    action();
  });
  return stop;
}
