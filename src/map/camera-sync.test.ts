import { describe, expect, it } from 'vitest';
import { cameraOf, syncCameras } from './camera-sync';
import { FakeMap } from './fake-map';

const jumps = (map: FakeMap): number => map.calls.filter((call) => call === 'jumpTo').length;

describe('the camera sync between the two halves of the swipe map', () => {
  it('moves the other map to the same center, zoom, bearing and pitch, whichever map is moved', () => {
    const plan = new FakeMap();
    const outcome = new FakeMap();
    syncCameras(plan, outcome);
    plan.jumpTo({ center: [126.9, 37.5], zoom: 9, bearing: 15, pitch: 0 });
    expect(cameraOf(outcome)).toEqual({ center: [126.9, 37.5], zoom: 9, bearing: 15, pitch: 0 });
    outcome.jumpTo({ center: [127.9, 37.3], zoom: 8, bearing: -20, pitch: 10 });
    expect(cameraOf(plan)).toEqual({ center: [127.9, 37.3], zoom: 8, bearing: -20, pitch: 10 });
  });

  it('does not echo a move back to the map it came from', () => {
    const plan = new FakeMap();
    const outcome = new FakeMap();
    syncCameras(plan, outcome);
    plan.jumpTo({ center: [126.9, 37.5], zoom: 9 });
    // One jump by the reader's map, one by the follower; none back into the reader's map (that would loop).
    expect(jumps(plan)).toBe(1);
    expect(jumps(outcome)).toBe(1);
    // An animation frame of the leading map (MapLibre fires `move` per frame) is followed once, not echoed.
    plan.center = { lng: 127, lat: 37.6 };
    plan.fire('move', {});
    expect(jumps(plan)).toBe(1);
    expect(jumps(outcome)).toBe(2);
    expect(outcome.getCenter()).toEqual({ lng: 127, lat: 37.6 });
  });

  it('lets go of both maps on teardown', () => {
    const plan = new FakeMap();
    const outcome = new FakeMap();
    const stop = syncCameras(plan, outcome);
    stop();
    expect(plan.listenerCount + outcome.listenerCount).toBe(0);
    plan.jumpTo({ center: [126.9, 37.5], zoom: 9 });
    expect(jumps(outcome)).toBe(0);
  });
});
