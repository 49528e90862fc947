import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SnapshotCaptionText } from '../../domain/export/snapshot-caption';
import { wrapText } from '../../domain/export/wrap-text';
import { scaleBar, type ScaleBar } from '../../domain/scale-bar';
import { formatDocumentTime } from '../../domain/time';
import { INK } from '../../shared/palette';
import { dashInPixels, LEGEND_LINES, OUTCOME_LEGEND_LINE, type LegendLine } from '../../map/legend-lines';
import { fontsReadyFor, pageFontStack } from '../../data/ui-fonts';
import { DEFAULT_SNAPSHOT_RATIO } from './snapshot-sizes';


/** The longest the scale bar may be, in CSS pixels (the on-screen scale's own maximum). */
const SCALE_BAR_MAX = 120;

/** Resolves at the map's next idle (every tile and image drawn), so the capture is never half-rendered. */
export function nextIdle(map: MapLibreMap, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map did not finish drawing')), timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** The legend of the image: the map's lines, and the outcome's when the map draws it. */
export function snapshotLegend(withOutcome: boolean): readonly LegendLine[] {
  return withOutcome ? [OUTCOME_LEGEND_LINE, ...LEGEND_LINES] : LEGEND_LINES;
}

export function snapshotFileName(time: number): string {
  return `telegram-1951-01-04-map-${formatDocumentTime(time).replace(':', '')}.png`;
}

/** A colour of the page's own palette (app.css custom properties), so the band matches the panels. */
function pageColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || INK;
}

/**
 * Draws the map at `ratio` device pixels per CSS pixel for the time of `draw`, then gives the screen back its own
 * ratio. MapLibre re-renders every line and label at the new resolution (its glyphs are distance fields), so the
 * image is drawn, not stretched. The view itself does not move: only the canvas's backing size changes.
 */
async function atPixelRatio<T>(map: MapLibreMap, ratio: number, draw: () => Promise<T>): Promise<T> {
  const screenRatio = map.getPixelRatio();
  // The map follows the device's ratio unless it was told otherwise; give back whichever it had.
  const followsDevice = screenRatio === window.devicePixelRatio;
  map.setPixelRatio(ratio);
  try {
    return await draw();
  } finally {
    // MapLibre documents null as "follow devicePixelRatio again"; its type only says number.
    map.setPixelRatio(followsDevice ? (null as unknown as number) : screenRatio);
  }
}

interface TextLine {
  text: string;
  font: string;
  color: string;
  height: number;
}

export interface SnapshotResult {
  canvas: HTMLCanvasElement;
  /** The ratio the map was drawn at: the one asked for, or less where the browser caps the canvas size. */
  ratio: number;
}

/**
 * The map image, drawn at `ratio` times its size on screen, with a scale bar in its lower left corner and a
 * band beneath it: title, timeline date, legend, the view's permalink, source citation and basemap attribution.
 */
export async function composeSnapshot(map: MapLibreMap, caption: SnapshotCaptionText, legend: readonly LegendLine[], ratio = DEFAULT_SNAPSHOT_RATIO): Promise<SnapshotResult> {
  // The fonts first, so the map spends as little time as possible at the export's resolution.
  const serif = pageFontStack();
  const texts = [caption.title, ...caption.header, ...caption.notes, ...legend.map((item) => item.label)];
  await Promise.all([`600 16px ${serif}`, `400 14px ${serif}`, `400 12px ${serif}`, `400 11px ${serif}`].map((font) => fontsReadyFor(font, texts)));
  return atPixelRatio(map, ratio, async () => {
    await nextIdle(map);
    // Needs preserveDrawingBuffer (map-runtime.ts); without it the WebGL canvas reads back blank after a frame.
    const source = map.getCanvas();
    const scale = source.clientWidth > 0 ? source.width / source.clientWidth : ratio;
    const canvas = drawComposite(source, scale, caption, legend, serif, scaleBar(map.getCenter().lat, map.getZoom(), SCALE_BAR_MAX));
    return { canvas, ratio: scale };
  });
}

function drawComposite(source: HTMLCanvasElement, scale: number, caption: SnapshotCaptionText, legend: readonly LegendLine[], serif: string, bar: ScaleBar): HTMLCanvasElement {
  const paper = pageColour('--paper');
  const rule = pageColour('--rule');
  const muted = pageColour('--muted');
  const output = document.createElement('canvas');
  const context = output.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw on a canvas');
  const px = (value: number): number => Math.round(value * scale);
  const pad = px(12);
  const textWidth = source.width - 2 * pad;
  // The page's own faces, so Hangul and Hanja in the caption draw as they do on screen.
  const font = (size: number, weight = 400): string => `${weight} ${px(size)}px ${serif}`;

  const lines: TextLine[] = [];
  const addWrapped = (text: string, size: number, color: string, weight = 400): void => {
    context.font = font(size, weight);
    for (const line of wrapText(text, textWidth, (candidate) => context.measureText(candidate).width)) lines.push({ text: line, font: font(size, weight), color, height: px(size * 1.4) });
  };

  // Legend entries flow left to right and wrap like words.
  context.font = font(12);
  const sampleWidth = px(34);
  const legendRows: { x: number; item: LegendLine }[][] = [[]];
  let x = 0;
  for (const item of legend) {
    const itemWidth = sampleWidth + px(6) + context.measureText(item.label).width + px(16);
    if (x > 0 && x + itemWidth > textWidth) {
      legendRows.push([]);
      x = 0;
    }
    legendRows.at(-1)?.push({ x, item });
    x += itemWidth;
  }
  const legendRowHeight = px(18);

  addWrapped(caption.title, 16, INK, 600);
  for (const line of caption.header) addWrapped(line, 14, INK);
  const afterHeader = lines.length;
  for (const line of caption.notes) addWrapped(line, 11, muted);

  const textHeight = lines.reduce((sum, line) => sum + line.height, 0);
  const bandHeight = pad * 2 + textHeight + legendRows.length * legendRowHeight + px(6);
  output.width = source.width;
  output.height = source.height + bandHeight;

  // Resizing reset the context: everything from here on sets its own state.
  context.fillStyle = paper;
  context.fillRect(0, 0, output.width, output.height);
  context.drawImage(source, 0, 0);
  drawScaleBar(context, source.height, scale, bar, font(11), paper, rule);
  context.fillStyle = rule;
  context.fillRect(0, source.height, output.width, Math.max(1, px(1)));

  context.textBaseline = 'middle';
  let y = source.height + pad;
  const drawLine = (line: TextLine): void => {
    context.font = line.font;
    context.fillStyle = line.color;
    context.fillText(line.text, pad, y + line.height / 2);
    y += line.height;
  };
  lines.slice(0, afterHeader).forEach(drawLine);
  y += px(3);
  for (const row of legendRows) {
    const middle = y + legendRowHeight / 2;
    for (const { x: left, item } of row) {
      context.beginPath();
      context.strokeStyle = item.color;
      context.lineWidth = px(item.width);
      context.setLineDash(dashInPixels(item).map(px));
      context.moveTo(pad + left, middle);
      context.lineTo(pad + left + sampleWidth, middle);
      context.stroke();
      context.font = font(12);
      context.fillStyle = INK;
      context.fillText(item.label, pad + left + sampleWidth + px(6), middle);
    }
    y += legendRowHeight;
  }
  context.setLineDash([]);
  y += px(3);
  lines.slice(afterHeader).forEach(drawLine);
  return output;
}

/**
 * A bar of a round length with its label, on a paper box in the map's lower left corner. Its ends are whole
 * pixels, so it is exactly `bar.pixels` CSS pixels (times the image's scale) long.
 */
function drawScaleBar(context: CanvasRenderingContext2D, mapHeight: number, scale: number, bar: ScaleBar, font: string, paper: string, rule: string): void {
  const px = (value: number): number => Math.round(value * scale);
  const length = Math.round(bar.pixels * scale);
  const inset = px(8);
  const left = px(10) + inset;
  const barY = mapHeight - px(10) - inset - px(2);
  context.font = font;
  const labelHeight = px(13);
  const boxWidth = Math.max(length, context.measureText(bar.label).width) + 2 * inset;
  const boxTop = barY - labelHeight - inset;
  context.globalAlpha = 0.85;
  context.fillStyle = paper;
  context.fillRect(left - inset, boxTop, boxWidth, mapHeight - px(10) - boxTop);
  context.globalAlpha = 1;
  context.strokeStyle = rule;
  context.lineWidth = Math.max(1, px(1));
  context.strokeRect(left - inset, boxTop, boxWidth, mapHeight - px(10) - boxTop);
  context.fillStyle = INK;
  const thickness = Math.max(2, px(2));
  const tick = px(6);
  context.fillRect(left, barY, length, thickness);
  context.fillRect(left, barY + thickness - tick, thickness, tick);
  context.fillRect(left + length - thickness, barY + thickness - tick, thickness, tick);
  context.textBaseline = 'bottom';
  context.fillText(bar.label, left, barY - px(3));
}

/** Saves a canvas as a PNG through an <a download>, the one way to name a file the page made. */
export async function downloadPng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((result) => (result === null ? reject(new Error('the image could not be encoded')) : resolve(result)), 'image/png'));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
