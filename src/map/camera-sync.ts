import type { LonLat, MapSurface } from './map-contract';

type CameraMap = Pick<MapSurface, 'getCenter' | 'getZoom' | 'getBearing' | 'getPitch' | 'jumpTo' | 'on' | 'off'>;

export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

export function cameraOf(map: CameraMap): Camera {
  const { lng, lat } = map.getCenter();
  return { center: [lng, lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * Keeps two maps on one camera, whichever of them the reader moves. MapLibre fires `move` synchronously inside
 * `jumpTo`, so while one map is being moved to follow the other its own `move` is ignored: without that guard each
 * map would echo the other's move back, and a jump into the map that is animating (easing to a card's place)
 * would stop its animation. Returns the teardown.
 */
export function syncCameras(first: CameraMap, second: CameraMap): () => void {
  let following = false;
  const follow = (leader: CameraMap, follower: CameraMap) => (): void => {
    if (following) return;
    following = true;
    try {
      follower.jumpTo(cameraOf(leader));
    } finally {
      following = false;
    }
  };
  const secondFollows = follow(first, second);
  const firstFollows = follow(second, first);
  first.on('move', secondFollows);
  second.on('move', firstFollows);
  return () => {
    first.off('move', secondFollows);
    second.off('move', firstFollows);
  };
}
