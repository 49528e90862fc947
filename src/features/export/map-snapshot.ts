import type { Map as MapLibreMap } from 'maplibre-gl';
import { wrapText } from '../../domain/export/wrap-text';
import { formatDocumentTime } from '../../domain/time';
import { INK } from '../../shared/palette';
import { dashInPixels, LEGEND_LINES, type LegendLine } from '../../map/legend-lines';
import { fontsReadyFor, pageFontStack } from '../../data/ui-fonts';

/** What is burned into the band under the map image. */
export interface SnapshotCaption {
  title: string;
  time: string;
  citation: string;
  attribution: string;
  /** The legend lines to draw; the on-screen legend's set by default. */
  legend?: LegendLine[];
}

const PAPER = '#fbf8f0';
const RULE = '#d8d1bf';
const MUTED = '#625e55';

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

export function snapshotFileName(time: number): string {
  return `telegram-1951-01-04-map-${formatDocumentTime(time).replace(':', '')}.png`;
}

interface TextLine {
  text: string;
  font: string;
  color: string;
  height: number;
}

/**
 * The map image with a band beneath it: title, timeline date, legend, source citation and basemap attribution.
 * Drawn at the map canvas's own resolution (device pixels), so the map is copied pixel for pixel.
 */
export async function composeSnapshot(map: MapLibreMap, caption: SnapshotCaption): Promise<HTMLCanvasElement> {
  await nextIdle(map);
  // Needs preserveDrawingBuffer (map-adapter.ts); without it the WebGL canvas reads back blank after a frame.
  const source = map.getCanvas();
  const scale = source.clientWidth > 0 ? source.width / source.clientWidth : 1;
  const output = document.createElement('canvas');
  const context = output.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw on a canvas');
  const px = (value: number): number => Math.round(value * scale);
  const pad = px(12);
  const textWidth = source.width - 2 * pad;
  // The page's own faces, so Hangul and Hanja in the caption draw as they do on screen.
  const serif = pageFontStack();
  const font = (size: number, weight = 400): string => `${weight} ${px(size)}px ${serif}`;
  await fontsReadyFor(font(12), [caption.title, caption.time, caption.citation, caption.attribution]);

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
  for (const item of caption.legend ?? LEGEND_LINES) {
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
  addWrapped(`Map at ${caption.time}`, 14, INK);
  const afterHeader = lines.length;
  addWrapped(`Source: ${caption.citation}`, 11, MUTED);
  addWrapped(`Basemap: ${caption.attribution}`, 11, MUTED);

  const textHeight = lines.reduce((sum, line) => sum + line.height, 0);
  const bandHeight = pad * 2 + textHeight + legendRows.length * legendRowHeight + px(6);
  output.width = source.width;
  output.height = source.height + bandHeight;

  // Resizing reset the context: everything from here on sets its own state.
  context.fillStyle = PAPER;
  context.fillRect(0, 0, output.width, output.height);
  context.drawImage(source, 0, 0);
  context.fillStyle = RULE;
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
