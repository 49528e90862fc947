import type { Map as MapLibreMap } from 'maplibre-gl';
import { HOSTILE, LOW_CONFIDENCE } from '../shared/palette';

/** A diagonal hatch tile for fill-pattern, drawn on a canvas (no image files to fetch). */
function hatch(color: string, size = 12, lineWidth = 1.5): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  context.strokeStyle = color;
  context.lineWidth = lineWidth;
  context.beginPath();
  // Three strokes so the pattern joins seamlessly across tile edges.
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return context.getImageData(0, 0, size, size);
}

/** An upward-pointing triangle as a signed-distance-field mask, so the style can colour and rotate it. */
function arrowheadImage(size = 40): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas');
  context.fillStyle = '#000';
  context.beginPath();
  context.moveTo(size / 2, 2);
  context.lineTo(size - 6, size - 4);
  context.lineTo(6, size - 4);
  context.closePath();
  context.fill();
  return context.getImageData(0, 0, size, size);
}

const PATTERNS: Record<string, () => ImageData> = {
  'hatch-hostile': () => hatch(HOSTILE),
  'hatch-unidentified': () => hatch(LOW_CONFIDENCE, 10, 1.2),
};

function loadSvg(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`could not load ${url}`));
    image.src = url;
  });
}

/**
 * Supplies an image the style asks for: hatch patterns drawn here, unit symbols (MIL-STD-2525 via milsymbol,
 * rendered to SVG at build time) fetched from the app's own origin.
 */
export async function resolveStyleImage(map: MapLibreMap, id: string, baseUrl: string): Promise<void> {
  if (id === 'arrowhead') {
    map.addImage(id, arrowheadImage(), { pixelRatio: 2, sdf: true });
    return;
  }
  const pattern = PATTERNS[id];
  if (pattern !== undefined) {
    map.addImage(id, pattern(), { pixelRatio: 1 });
    return;
  }
  if (!/^unit-[a-z0-9-]+$/.test(id)) return;
  const image = await loadSvg(new URL(`data/symbols/${id}.svg`, baseUrl).href);
  // The symbols are drawn at twice their display size so they stay crisp on high-density screens.
  if (!map.hasImage(id)) map.addImage(id, image, { pixelRatio: 2 });
}
