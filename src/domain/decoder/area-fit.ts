/** Area fit: how far a candidate lies from the area the sentence implies (the unplaced place's own polygon). */
export type Ring = ReadonlyArray<readonly [number, number]>;

const KM_PER_DEGREE = 111.32;

function inside(lon: number, lat: number, ring: Ring): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Kilometres from the point to the nearest edge of the polygon's outer rings; 0 inside. Local flat approximation (areas are tens of km). */
export function kilometresFromArea(lon: number, lat: number, polygons: ReadonlyArray<ReadonlyArray<Ring>>): number {
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (outer === undefined) continue;
    if (inside(lon, lat, outer)) return 0;
    for (let i = 0; i + 1 < outer.length; i++) {
      const [ax, ay] = outer[i] ?? [0, 0];
      const [bx, by] = outer[i + 1] ?? [0, 0];
      best = Math.min(best, segmentDistance((lon - ax) * kx, (lat - ay) * KM_PER_DEGREE, (bx - ax) * kx, (by - ay) * KM_PER_DEGREE));
    }
  }
  return best;
}

/** Distance from point p to the segment from the origin to b. */
function segmentDistance(px: number, py: number, bx: number, by: number): number {
  const length = bx * bx + by * by;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / length));
  return Math.hypot(px - t * bx, py - t * by);
}
