import type { CardKind } from '../card-ref';
import { documentMoment } from '../document-times';
import { formatMoment, type WrittenMidnights } from '../time';
import type { DocumentReference } from './document-reference';

export interface ViewCitationInput {
  app: { title: string; version: string };
  /** The reader's calendar date, YYYY-MM-DD. */
  accessedOn: string;
  /** The timeline position (document clock, ms). */
  time: number;
  /** The midnights the telegram writes as 24:00 (writtenMidnights), so the citation writes the time as the readout does. */
  writtenMidnights: WrittenMidnights;
  /** The open card, with the title it shows. */
  card: { kind: CardKind; title: string } | null;
  /** The view's absolute address, hash included. */
  permalink: string;
  document: DocumentReference;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How each card is named in a citation. */
export const CARD_LABELS: Record<CardKind, string> = { place: 'place', statement: 'statement', outcome: 'what happened', unit: 'unit' };

/** "2026-12-01" -> "1 December 2026"; throws on anything that is not a calendar date. */
export function formatAccessDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match === null ? [] : [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year === undefined || month === undefined || day === undefined) throw new Error(`not a date: ${isoDate}`);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new Error(`not a date: ${isoDate}`);
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** Ends a sentence with one full stop, whatever the quoted text ends with. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * A ready citation of one view of the map: the app and its version, what the view shows (date and open card),
 * its permalink and the date accessed; then the document the map reads, with its canonical address.
 */
export function formatViewCitation(input: ViewCitationInput): string {
  const shown = [`map as of ${formatMoment(input.time, input.writtenMidnights)} (${documentMoment(input.time)})`];
  if (input.card !== null) shown.push(`${CARD_LABELS[input.card.kind]}: ${input.card.title.trim()}`);
  const app = `${input.app.title}, version ${input.app.version}. View: ${shown.join('; ')}. ${input.permalink} (accessed ${formatAccessDate(input.accessedOn)}).`;
  const source = `Source document: ${sentence(`${input.document.citation}, ${input.document.url}`)}`;
  return `${app}\n${source}`;
}
