import { beforeEach, describe, expect, it } from 'vitest';
import { TIMELINE_END, TIMELINE_START } from '../domain/time';
import { resetAppStore, subscribeTo, useAppStore } from './app-store';

beforeEach(resetAppStore);

describe('the time slice', () => {
  it.each([
    [1, Date.UTC(1951, 0, 5, 1)],
    [-24, Date.UTC(1951, 0, 4)],
    [-1000, TIMELINE_START],
    [1000, TIMELINE_END],
  ])('steps %i hours, within 3-8 January', (hours, expected) => {
    useAppStore.getState().stepHours(hours);
    expect(useAppStore.getState().time).toBe(expected);
  });

  it('keeps an exact time, and steps from it onto the whole-hour grid', () => {
    useAppStore.getState().setTime(Date.UTC(1951, 0, 8, 2, 40));
    expect(useAppStore.getState().time).toBe(Date.UTC(1951, 0, 8, 2, 40));
    useAppStore.getState().stepHours(1);
    expect(useAppStore.getState().time).toBe(Date.UTC(1951, 0, 8, 3));
    useAppStore.getState().setTime(Date.UTC(1951, 0, 8, 2, 40));
    useAppStore.getState().stepHours(-1);
    expect(useAppStore.getState().time).toBe(Date.UTC(1951, 0, 8, 2));
  });

  it.each([
    [Date.UTC(1950, 11, 25), TIMELINE_START],
    [Date.UTC(1951, 0, 12), TIMELINE_END],
    [TIMELINE_START, TIMELINE_START],
    [TIMELINE_END, TIMELINE_END],
  ])('keeps a time set from outside (%i) within 3-8 January', (time, expected) => {
    useAppStore.getState().setTime(time);
    expect(useAppStore.getState().time).toBe(expected);
  });

  it('plays and pauses at the chosen speed without moving the time itself', () => {
    const before = useAppStore.getState().time;
    useAppStore.getState().setSpeed(12);
    useAppStore.getState().setPlaying(true);
    expect(useAppStore.getState()).toMatchObject({ playing: true, speed: 12, time: before });
    useAppStore.getState().setPlaying(false);
    expect(useAppStore.getState().playing).toBe(false);
  });
});

describe('following the store from outside React', () => {
  it('notifies with the new and the previous value, only on change, until stopped; a reset restores the start', () => {
    const seen: [number, number][] = [];
    const start = useAppStore.getState().time;
    const stop = subscribeTo((state) => state.time, (time, previous) => seen.push([time, previous]));
    useAppStore.getState().setSpeed(6);
    useAppStore.getState().stepHours(2);
    stop();
    useAppStore.getState().stepHours(2);
    expect(seen).toEqual([[start + 2 * 3_600_000, start]]);
    useAppStore.getState().selectPlace('seoul');
    resetAppStore();
    expect(useAppStore.getState()).toMatchObject({ time: start, selectedPlaceId: null, speed: 3 });
  });
});
