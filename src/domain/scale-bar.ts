/**
 * The scale bar of the exported map image. MapLibre lays the world out on 512-pixel tiles whatever its sources'
 * tile size (every source of this map is GeoJSON), so at zoom z the equator is 512 * 2^z CSS pixels long.
 */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
export const WORLD_TILE_SIZE = 512;

/** Ground metres per CSS pixel at a latitude (degrees) and zoom, on the Web Mercator map. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (WORLD_TILE_SIZE * 2 ** zoom);
}

/** The largest round length (1, 2 or 5 times a power of ten) not longer than `maxMetres`. */
export function roundLength(maxMetres: number): number {
  if (!(maxMetres > 0) || !Number.isFinite(maxMetres)) throw new Error(`no round length fits in ${maxMetres} m`);
  let exponent = Math.floor(Math.log10(maxMetres));
  // Math.log10 can land a hair under an exact power of ten.
  if (10 ** (exponent + 1) <= maxMetres) exponent += 1;
  const power = 10 ** exponent;
  const step = [5, 2, 1].find((candidate) => candidate * power <= maxMetres) ?? 1;
  // Rebuilt from an integer and a power, so 0.1 * 3 style rounding errors never reach the label.
  return Number((step * power).toPrecision(1));
}

/** "500 m", "1 km", "20 km". */
export function formatDistance(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

export interface ScaleBar {
  metres: number;
  /** The bar's length in CSS pixels. */
  pixels: number;
  label: string;
}

/** A bar of a round length, as long as it can be within `maxPixels` CSS pixels, for the view's latitude and zoom. */
export function scaleBar(latitude: number, zoom: number, maxPixels: number): ScaleBar {
  const perPixel = metresPerPixel(latitude, zoom);
  const metres = roundLength(perPixel * maxPixels);
  return { metres, pixels: metres / perPixel, label: formatDistance(metres) };
}
