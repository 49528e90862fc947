import { sentencesById } from '../domain/telegram-text';
import { create } from 'zustand';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Place } from '../../geo/schema/place-schema';
import type { Person, Statement, Unit } from '../../geo/schema/situation-schema';
import type { Sentence } from '../../geo/schema/telegram-schema';
import type { CitedWork } from '../domain/bibliography';
import type { Mention } from '../domain/mention-matcher';
import { outcomeOnlyPlaces, type OutcomePlace } from '../domain/outcome-places';
import type { WrittenMidnights } from '../domain/time';
import { writtenMidnights } from '../domain/written-times';
import { DATA_FILES, loadDataFile, type AppData, type DataKey } from './app-data';

/** Lookups derived once when the data arrives. */
export interface DataIndex {
  placesById: Map<string, Place>;
  unitsById: Map<string, Unit>;
  peopleById: Map<string, Person>;
  sentencesById: Map<string, Sentence>;
  mentionsByPlace: Map<string, Mention[]>;
  statementsByPlace: Map<string, Statement[]>;
  outcomeByPlace: Map<string, OutcomeEvent[]>;
  outcomeById: Map<string, OutcomeEvent>;
  worksById: Map<string, CitedWork>;
  /** The midnights the telegram writes as 24:00, for every time readout (formatMoment). */
  writtenMidnights: WrittenMidnights;
  /** Places only the outcome accounts name (search finds them). */
  outcomePlaces: OutcomePlace[];
}

/** Where one file stands. `slow` marks a file still on its way after SLOW_AFTER_MS, so the page can say so. */
export type FileState = { state: 'loading'; slow: boolean } | { state: 'loaded' } | { state: 'failed'; message: string };

/** After this long a file still loading is named in a status line ("Still loading..."), not yet given up. */
export const SLOW_AFTER_MS = 4_000;

const DATA_KEYS = Object.keys(DATA_FILES) as DataKey[];

interface DataState {
  /**
   * 'ready' once the gazetteer has arrived or failed: place ids in a permalink can then be checked and the map
   * framed. Every other file is used the moment it arrives; nothing waits for all of them.
   */
  status: 'loading' | 'ready';
  files: Record<DataKey, FileState>;
  data: Partial<AppData>;
  index: DataIndex;
  /** Loads every file, each on its own: one that fails or hangs takes away only what needs it. */
  load: (baseUrl: string) => Promise<void>;
  /** Loads again the files that failed. */
  retry: () => Promise<void>;
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
    peopleById: new Map((data.people ?? []).map((person) => [person.id, person])),
    sentencesById: sentencesById({ blocks: data.telegram?.blocks ?? [] }),
    mentionsByPlace: groupBy(data.mentions ?? [], (mention) => [mention.placeId]),
    statementsByPlace: groupBy(data.statements ?? [], (statement) => statement.places),
    outcomeByPlace: groupBy(data.outcome ?? [], (event) => event.places),
    outcomeById: new Map((data.outcome ?? []).map((event) => [event.id, event])),
    worksById: new Map((data.bibliography ?? []).map((work) => [work.id, work])),
    writtenMidnights: writtenMidnights(data.statements ?? []),
    outcomePlaces: outcomeOnlyPlaces(data.outcome ?? [], data.places ?? []),
  };
}

function allFiles(state: FileState): Record<DataKey, FileState> {
  return Object.fromEntries(DATA_KEYS.map((key) => [key, state])) as Record<DataKey, FileState>;
}

let loadedFrom: string | undefined;

export const useDataStore = create<DataState>()((set, get) => {
  const setFile = (key: DataKey, file: FileState): void => {
    const files = { ...get().files, [key]: file };
    // Once ready, stays ready: trying the gazetteer again must not make the permalink and the map wait anew.
    const status = get().status === 'ready' || files.places.state !== 'loading' ? 'ready' : 'loading';
    set({ files, status });
  };
  const loadKeys = async (keys: readonly DataKey[], baseUrl: string): Promise<void> => {
    for (const key of keys) setFile(key, { state: 'loading', slow: false });
    await Promise.all(
      keys.map(async (key) => {
        const slowTimer = setTimeout(() => {
          if (get().files[key].state === 'loading') setFile(key, { state: 'loading', slow: true });
        }, SLOW_AFTER_MS);
        try {
          const value = await loadDataFile(key, baseUrl);
          const data = { ...get().data, [key]: value };
          set({ data, index: buildIndex(data) });
          setFile(key, { state: 'loaded' });
        } catch (error) {
          setFile(key, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
        } finally {
          clearTimeout(slowTimer);
        }
      }),
    );
  };
  return {
    status: 'loading',
    files: allFiles({ state: 'loading', slow: false }),
    data: {},
    index: buildIndex({}),
    load: async (baseUrl) => {
      loadedFrom = baseUrl;
      await loadKeys(DATA_KEYS, baseUrl);
    },
    retry: async () => {
      if (loadedFrom === undefined) return;
      await loadKeys(
        DATA_KEYS.filter((key) => get().files[key].state === 'failed'),
        loadedFrom,
      );
    },
  };
});

/** The messages of the files that failed, in the order of DATA_FILES. */
export function failedFiles(files: Record<DataKey, FileState>): { key: DataKey; message: string }[] {
  return DATA_KEYS.flatMap((key) => {
    const file = files[key];
    return file.state === 'failed' ? [{ key, message: file.message }] : [];
  });
}

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
