import type { Statement } from '../../geo/schema/situation-schema';
import { parseDocumentTime, type WrittenMidnights } from './time';

/** How the telegram writes a midnight as the end of a day: "24:00 4.1". */
const END_OF_DAY = /\b24:00\b/;

/**
 * The midnights the telegram itself writes as "24:00" of the day before, from the statements' `when.written`
 * quotes (each checked by the data build against its sentence). Every readout passes this set to formatMoment.
 */
export function writtenMidnights(statements: readonly Pick<Statement, 'when'>[]): WrittenMidnights {
  const times = new Set<number>();
  for (const statement of statements)
    for (const written of statement.when.written ?? []) {
      const time = parseDocumentTime(written.time);
      if (time !== undefined && END_OF_DAY.test(written.quote)) times.add(time);
    }
  return times;
}
