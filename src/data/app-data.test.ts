import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_TIMEOUT_MS, loadDataFile } from './app-data';

const BASE = 'http://app.test/';

/** A fetch that answers with `respond`, or never answers until aborted (as a hung server does). */
function stubFetch(respond: (() => Response | Promise<Response>) | 'never'): void {
  vi.stubGlobal('fetch', (_url: URL, init?: RequestInit) =>
    respond === 'never'
      ? new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      : Promise.resolve(respond()),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('loadDataFile', () => {
  it('returns a well-formed file', async () => {
    stubFetch(() => new Response('[{"id":"x"}]'));
    await expect(loadDataFile('places', BASE)).resolves.toEqual([{ id: 'x' }]);
  });

  it.each([
    ['not found', () => new Response('missing', { status: 404 }), 'data/places.json could not be loaded (HTTP 404)'],
    ['truncated JSON', () => new Response('[{"id":'), 'data/places.json is not valid JSON'],
    ['an HTML error page', () => new Response('<!doctype html><p>oops</p>'), 'data/places.json is not valid JSON'],
    ['the wrong shape', () => new Response('{"places": []}'), 'data/places.json is not a list of places'],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'data/places.json could not be loaded (network error)'],
  ])('names the file on %s', async (_name, respond, message) => {
    stubFetch(respond);
    await expect(loadDataFile('places', BASE)).rejects.toThrow(message);
  });

  it('gives up on a file that never answers, after its timeout and not before', async () => {
    vi.useFakeTimers();
    stubFetch('never');
    let outcome: string | undefined;
    void loadDataFile('outcome', BASE).then(
      () => (outcome = 'arrived'),
      (error: unknown) => (outcome = error instanceof Error ? error.message : String(error)),
    );
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('data/outcome.json did not arrive within 30 seconds');
  });
});
