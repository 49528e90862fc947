import type { TimeWindow } from '../../../geo/schema/situation-schema';
import { DAY, parseDocumentTime } from '../time';

/**
 * Times as tools read them: ISO 8601 local date-times with seconds and no zone ("1951-01-05T00:00:00"). The data
 * keeps the document's own clock, where the end of 4 January is "1951-01-04T24:00"; GDAL, QGIS and TEI's @when
 * (jing) accept only the next day's T00:00. The document's wording travels beside it (`*_as_written`).
 */
export function isoDateTime(documentTime: string): string {
  const time = parseDocumentTime(documentTime);
  if (time === undefined) throw new Error(`"${documentTime}" is not a date or time on the document clock`);
  return new Date(time).toISOString().slice(0, 19);
}

/** The instant a day-precision date ends: "1951-01-04" -> "1951-01-05T00:00:00". Times with an hour are instants. */
export function isoEndOfDate(documentTime: string): string {
  const time = parseDocumentTime(documentTime);
  if (time === undefined) throw new Error(`"${documentTime}" is not a date or time on the document clock`);
  return new Date(documentTime.includes('T') ? time : time + DAY).toISOString().slice(0, 19);
}

/** The time fields every export writes for a statement. */
export interface ExportTimeFields {
  start: string;
  /** null when the window is open-ended (open_end is then true). */
  end: string | null;
  open_end: boolean;
  start_as_written: string;
  end_as_written: string | null;
}

export function exportTimeFields(when: Pick<TimeWindow, 'start' | 'end'>): ExportTimeFields {
  return {
    start: isoDateTime(when.start),
    end: when.end === null ? null : isoDateTime(when.end),
    open_end: when.end === null,
    start_as_written: when.start,
    end_as_written: when.end,
  };
}
