import { comparisonsFileSchema, type Comparison } from '../schema/comparison-schema';
import type { OutcomeEvent } from '../schema/outcome-schema';
import type { Statement } from '../schema/situation-schema';
import type { Telegram } from '../schema/telegram-schema';
import { DataError, readJsonFile, validate } from './validate';

/** Plan against outcome, with every statement and event it names checked, and one reading per statement. */
export function loadComparisons(file: string, telegram: Telegram, statements: readonly Statement[], outcome: readonly OutcomeEvent[]): Comparison[] {
  const data = validate(comparisonsFileSchema, readJsonFile(file), file, 'comparisons');
  if (data.documentId !== telegram.source.documentId) throw new DataError(file, undefined, 'documentId', `"${data.documentId}" is not the telegram's document id "${telegram.source.documentId}"`);
  const statementsById = new Map(statements.map((statement) => [statement.id, statement]));
  const eventIds = new Set(outcome.map((event) => event.id));
  const seen = new Set<string>();
  data.comparisons.forEach((comparison, index) => {
    const record = comparison.statement;
    const statement = statementsById.get(comparison.statement);
    if (statement === undefined) throw new DataError(file, `#${index}`, 'statement', `no statement "${comparison.statement}"`);
    if (statement.kind !== 'ordered' && statement.kind !== 'assessed') throw new DataError(file, record, 'statement', `a ${statement.kind} statement is not a plan or an expectation`);
    if (seen.has(record)) throw new DataError(file, record, 'statement', 'a second reading of the same statement');
    seen.add(record);
    comparison.events.forEach((id, eventIndex) => {
      if (!eventIds.has(id)) throw new DataError(file, record, `events[${eventIndex}]`, `no outcome event "${id}"`);
    });
    if (comparison.verdict === 'not-borne-out' && statement.kind !== 'assessed') throw new DataError(file, record, 'verdict', '"not-borne-out" is for expectations; an order is carried out or not');
  });
  return data.comparisons;
}
