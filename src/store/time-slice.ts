import type { StateCreator } from 'zustand';
import { clampToTimeline, HOUR } from '../domain/time';
import { ORDER_SENT } from '../domain/document-times';

export const PLAY_SPEEDS = [1, 3, 6, 12] as const; // timeline hours per second of playback
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** The moment the map opens on: the order has just been sent, so everything it reports and orders is drawn. */
export const DEFAULT_TIME = ORDER_SENT;

export interface TimeSlice {
  /** The timeline position, ms on the document clock (see domain/time.ts). */
  time: number;
  playing: boolean;
  speed: PlaySpeed;
  setTime: (time: number) => void;
  stepHours: (hours: number) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: PlaySpeed) => void;
}

export const createTimeSlice: StateCreator<TimeSlice, [], [], TimeSlice> = (set, get) => ({
  time: DEFAULT_TIME,
  playing: false,
  speed: 3,
  // Exact times (a permalink, 02:40 of the receipt) are kept; steps move on the whole-hour grid.
  setTime: (time) => set({ time: clampToTimeline(time) }),
  stepHours: (hours) => {
    const time = get().time;
    const onGrid = hours >= 0 ? Math.floor(time / HOUR) * HOUR : Math.ceil(time / HOUR) * HOUR;
    get().setTime(onGrid + hours * HOUR);
  },
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
});
