import type { CardKind } from '../card-ref';
import { CARD_LABELS } from '../cite/view-citation';
import { timelineReadout } from '../document-times';
import type { WrittenMidnights } from '../time';

export interface SnapshotCaptionInput {
  title: string;
  /** The timeline position (document clock, ms). */
  time: number;
  /** The midnights the document writes as 24:00 (see domain/written-times.ts). */
  writtenMidnights: WrittenMidnights;
  /** The open card, with the title it shows and, for a place, its names in the original scripts. */
  card: { kind: CardKind; title: string; originalNames?: readonly string[] } | null;
  /** The view's absolute address, the one "Cite this view" gives. */
  permalink: string;
  /** The telegram's citation and address. */
  citation: string;
  /** The basemap's credit, as plain text. */
  attribution: string;
}

/** The text of the band under the map image: a header above the legend, notes below it. */
export interface SnapshotCaptionText {
  title: string;
  /** Lines under the title, above the legend. */
  header: string[];
  /** Lines under the legend: the permalink and the credits. */
  notes: string[];
}

export function snapshotCaption(input: SnapshotCaptionInput): SnapshotCaptionText {
  const header = [`Map at ${timelineReadout(input.time, input.writtenMidnights)}`];
  if (input.card !== null) {
    const names = (input.card.originalNames ?? []).filter((name) => name.trim() !== '' && name !== input.card?.title);
    header.push(`Open ${CARD_LABELS[input.card.kind]}: ${input.card.title.trim()}${names.length > 0 ? ` (${names.join(', ')})` : ''}`);
  }
  return {
    title: input.title,
    header,
    notes: [`This view: ${input.permalink}`, `Source: ${input.citation}`, `Basemap: ${input.attribution}`],
  };
}
