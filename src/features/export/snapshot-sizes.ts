/**
 * The image sizes the Export menu offers, as multiples of the map's size on screen; kept apart from the drawing
 * code (map-snapshot.ts), which loads only when an image is made.
 */
export const SNAPSHOT_RATIOS = [1, 2, 3] as const;
export const DEFAULT_SNAPSHOT_RATIO = 2;
