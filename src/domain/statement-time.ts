import type { Statement } from '../../geo/schema/situation-schema';
import { ORDER_SENT } from './document-times';
import { parseDocumentTime } from './time';
import { OPEN_END, phaseAt, type Phase, type TimedProperties } from './visibility';

/**
 * A statement's times on the document clock. The map may show a reported event from when it began, and
 * anything ordered or expected from the moment the order was sent (4 January 24:00).
 */
export function statementTimes(statement: Pick<Statement, 'kind' | 'when'>): TimedProperties {
  const start = parseDocumentTime(statement.when.start) ?? Number.NaN;
  const end = statement.when.end === null ? OPEN_END : (parseDocumentTime(statement.when.end) ?? Number.NaN);
  const knownFrom = statement.kind === 'reported' || statement.kind === 'document' ? start : ORDER_SENT;
  return { kind: statement.kind, knownFrom, start, end };
}

export function statementPhaseAt(statement: Pick<Statement, 'kind' | 'when'>, time: number): Phase {
  return phaseAt(statementTimes(statement), time);
}
