import type { Telegram } from '../../../geo/schema/telegram-schema';

/** What every export says about where it comes from (see README, "Exports"). */
export interface ExportCredits {
  /** The archive's citation of the telegram followed by its URL. */
  citation: string;
  url: string;
  /** The basemap's licence and attribution, as plain text. */
  attribution: string;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', ndash: '–', mdash: '—' };

/** MapLibre attributions are HTML; exports outside a browser want the text a reader would see. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    });
}

export function exportCredits(source: Telegram['source'], basemapAttributionHtml: string): ExportCredits {
  return {
    citation: `${source.citation}, ${source.url}`,
    url: source.url,
    attribution: htmlToPlainText(basemapAttributionHtml),
  };
}
