import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A data error that names the file, the record and the field, so a historian editing geo/ knows what to fix. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly recordId: string | undefined,
    readonly field: string | undefined,
    detail: string,
  ) {
    const where = [file, recordId === undefined ? undefined : `record "${recordId}"`, field === undefined ? undefined : `field "${field}"`];
    super(`${where.filter((part) => part !== undefined).join(': ')}: ${detail}`);
    this.name = 'DataError';
  }
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(file, undefined, undefined, `cannot read the file (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError(file, undefined, undefined, `not valid JSON (${(error as Error).message})`);
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(root)';
}

/** Resolves the id of the record an issue is in: the element of `recordArrayKey` it points into, or the file's own id. */
function recordIdFor(value: unknown, path: readonly PropertyKey[], recordArrayKey: string | undefined): string | undefined {
  const record = value as Record<string, unknown> | null;
  if (recordArrayKey !== undefined && path[0] === recordArrayKey && typeof path[1] === 'number') {
    const element = (record?.[recordArrayKey] as unknown[] | undefined)?.[path[1]] as { id?: unknown } | undefined;
    return typeof element?.id === 'string' ? element.id : `#${path[1]}`;
  }
  const id = record?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Parses `value` with `schema`; on failure throws a DataError for the first issue.
 * `recordArrayKey` names the array whose elements are records with ids (e.g. "blocks").
 */
export function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, recordArrayKey?: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new DataError(file, undefined, undefined, 'invalid');
  throw new DataError(file, recordIdFor(value, issue.path, recordArrayKey), formatPath(issue.path), issue.message);
}
