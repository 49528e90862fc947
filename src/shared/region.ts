/**
 * The region the document covers, as [west, south], [east, north] in degrees: the Korean peninsula from Jeju to
 * the Yalu, with room west for Beijing (116.4E) and north for Shenyang (123.4E 41.8N), where the telegram's
 * writers and readers were. The map cannot be panned outside it.
 */
export const MAP_REGION: [[number, number], [number, number]] = [
  [114, 31.5],
  [133, 44.5],
];
export const MAP_MIN_ZOOM = 5;
export const MAP_MAX_ZOOM = 14;
