import { beforeEach, describe, expect, it } from 'vitest';
import { TIMELINE_END, TIMELINE_START } from '../domain/time';
import { resetAppStore, subscribeTo, useAppStore } from './app-store';

beforeEach(resetAppStore);

describe('the time slice', () => {
  it('opens at the moment the order was sent', () => {
    expect(useAppStore.getState().time).toBe(Date.UTC(1951, 0, 5));
  });

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

  it('notifies subscribers only when the selected value changes', () => {
    const seen: number[] = [];
    const stop = subscribeTo((state) => state.time, (time) => seen.push(time));
    useAppStore.getState().setSpeed(6);
    useAppStore.getState().stepHours(2);
    useAppStore.getState().stepHours(0);
    stop();
    useAppStore.getState().stepHours(2);
    expect(seen).toEqual([Date.UTC(1951, 0, 5, 2)]);
  });
});
