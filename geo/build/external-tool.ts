import { spawnSync } from 'node:child_process';

/** True in CI (.ci/run runs with CI=true), where a missing validator is a failure rather than a skip. */
export const IN_CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

/** Whether a command can be started at all (its exit code for these arguments does not matter). */
export function toolAvailable(command: string, args: readonly string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).error === undefined;
}

/**
 * Whether the tests that need `command` should be skipped: only outside CI, and then with a one-line reason on
 * stderr. In CI they run and fail on the missing tool.
 */
export function skipWithout(command: string, args: readonly string[], install: string): boolean {
  if (toolAvailable(command, args) || IN_CI) return false;
  console.warn(`skipped: ${command} is not installed (${install}); CI installs it and runs these tests`);
  return true;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[]): RunResult {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) throw new Error(`${command} could not be run: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
