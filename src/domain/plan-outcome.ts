import type { Comparison, Verdict } from '../../geo/schema/comparison-schema';
import type { OutcomeEvent, OutcomeVersion } from '../../geo/schema/outcome-schema';
import type { Statement } from '../../geo/schema/situation-schema';
import { parseDocumentTime } from './time';

export const VERDICT_LABEL: Record<Verdict, string> = {
  'carried-out': 'Carried out',
  partly: 'Partly',
  'not-carried-out': 'Not carried out',
  'not-borne-out': 'Not borne out',
  'no-account': 'No account of it',
};

/** One event with only the accounts that date it at or before the moment asked about. */
export interface AccountsByThen {
  event: OutcomeEvent;
  versions: OutcomeVersion[];
}

export interface PlanOutcomeRow {
  statement: Statement;
  comparison: Comparison | undefined;
  accounts: AccountsByThen[];
  /** True when some account of the events dates them at or before the moment: the reading can be shown. */
  known: boolean;
}

/**
 * The latest date an account allows for the event: a span ("between 31 December and 8 January") has not told that
 * the thing happened until its end has passed.
 */
function settledBy(version: OutcomeVersion): string {
  return version.date.end ?? version.date.start;
}

/** The plans and expectations in force by `time` (their window has begun), each beside what the accounts say by then. */
export function planOutcomeAt(time: number, statements: readonly Statement[], comparisons: readonly Comparison[], outcomeById: ReadonlyMap<string, OutcomeEvent>): PlanOutcomeRow[] {
  const byStatement = new Map(comparisons.map((comparison) => [comparison.statement, comparison]));
  return statements
    .filter((statement) => statement.kind === 'ordered' || statement.kind === 'assessed')
    .filter((statement) => (parseDocumentTime(statement.when.start) ?? Number.POSITIVE_INFINITY) <= time)
    .map((statement) => {
      const comparison = byStatement.get(statement.id);
      const accounts = (comparison?.events ?? []).flatMap((id) => {
        const event = outcomeById.get(id);
        if (event === undefined) return [];
        const versions = event.versions.filter((version) => (parseDocumentTime(settledBy(version)) ?? Number.POSITIVE_INFINITY) <= time);
        return versions.length === 0 ? [] : [{ event, versions }];
      });
      return { statement, comparison, accounts, known: accounts.length > 0 };
    });
}

/** The readings of a set of statements (a unit's or a place's), for the summaries at the top of cards. */
export function comparisonsFor(statementIds: readonly string[], comparisons: readonly Comparison[]): Comparison[] {
  const wanted = new Set(statementIds);
  return comparisons.filter((comparison) => wanted.has(comparison.statement));
}
