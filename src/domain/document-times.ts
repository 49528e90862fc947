import { DAY, formatMoment, writtenAsEndOfDay, type WrittenMidnights } from './time';

/**
 * The telegram's own times, as it writes them (each in its writer's clock; not converted).
 * - "sent 24:00 4.1 [January 4]" (cover-1-1) and "24:00 4.1." (oc3-3): the order is sent.
 * - "No. 103 7.1.51." (close-number): Mao's covering telegram is dated 7 January (no hour given).
 * - "Received 02 hours, 40 minutes 8.1.1951" (h-from): received, presumably on the Moscow clock.
 */
export const ORDER_SENT = Date.UTC(1951, 0, 5, 0, 0);
export const FORWARDED_DAY = Date.UTC(1951, 0, 7, 0, 0);
export const RECEIVED = Date.UTC(1951, 0, 8, 2, 40);

export interface DocumentTime {
  id: string;
  time: number;
  label: string;
  sentenceId: string;
  /** The document gives the day only ("7.1.51."), no hour. */
  day: boolean;
}

export const DOCUMENT_TIMES: DocumentTime[] = [
  { id: 'order-sent', time: ORDER_SENT, label: 'Order sent, 4 January 24:00', sentenceId: 'cover-1-1', day: false },
  { id: 'forwarded', time: FORWARDED_DAY, label: 'Mao forwards it as No. 103, dated 7 January', sentenceId: 'close-number', day: true },
  { id: 'received', time: RECEIVED, label: 'Received in Moscow, 8 January 02:40', sentenceId: 'h-from', day: false },
];

/** Where a moment stands in the document's own history, for the timeline readout. */
export function documentMoment(time: number): string {
  if (time < ORDER_SENT) return 'before the order was sent';
  if (time === ORDER_SENT) return 'the order is sent';
  if (time < FORWARDED_DAY) return 'after the order was sent';
  if (time < FORWARDED_DAY + DAY) return 'Mao forwards the order to Stalin (dated 7 January)';
  if (time < RECEIVED) return 'the telegram is on its way to Moscow';
  return 'after the telegram reached Moscow';
}

/**
 * A timeline position as the readout writes it, by the one rule (formatMoment): "5 January 1951, 00:00", except at
 * a midnight the telegram writes as 24:00, which reads "4 January 1951, 24:00 (as the telegram writes it)".
 */
export function timelineTime(time: number, written: WrittenMidnights): string {
  return writtenAsEndOfDay(time, written) ? `${formatMoment(time, written)} (as the telegram writes it)` : formatMoment(time, written);
}

export function timelineReadout(time: number, written: WrittenMidnights): string {
  return `${timelineTime(time, written)} — ${documentMoment(time)}`;
}
