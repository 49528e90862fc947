import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_TIMEOUT_MS } from './app-data';
import { SLOW_AFTER_MS, useDataStore } from './data-store';

const initial = useDataStore.getState();

/** Every file answers at once except those in `hung`, which never answer until aborted. */
function stubFetch(hung: readonly string[]): void {
  vi.stubGlobal('fetch', (url: URL, init?: RequestInit) => {
    if (hung.some((name) => url.pathname.endsWith(name))) {
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    const body = url.pathname.endsWith('telegram.json') ? '{"blocks": []}' : '[]';
    return Promise.resolve(new Response(body));
  });
}

beforeEach(() => {
  useDataStore.setState(initial, true);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the data store', () => {
  it('uses each file as it arrives: a hung optional file blocks nothing, is "slow", then fails on its own', async () => {
    stubFetch(['outcome.json']);
    void useDataStore.getState().load('http://app.test/');
    await vi.advanceTimersByTimeAsync(0);
    let state = useDataStore.getState();
    expect(state.status).toBe('ready');
    expect(state.data.telegram).toEqual({ blocks: [] });
    expect(state.files.outcome).toEqual({ state: 'loading', slow: false });

    await vi.advanceTimersByTimeAsync(SLOW_AFTER_MS);
    expect(useDataStore.getState().files.outcome).toEqual({ state: 'loading', slow: true });

    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    state = useDataStore.getState();
    expect(state.files.outcome).toEqual({ state: 'failed', message: 'data/outcome.json did not arrive within 30 seconds' });
    expect(state.files.places).toEqual({ state: 'loaded' });
  });

  it('is not ready while the gazetteer is on its way, and is once it fails', async () => {
    stubFetch(['places.json']);
    void useDataStore.getState().load('http://app.test/');
    await vi.advanceTimersByTimeAsync(0);
    expect(useDataStore.getState().status).toBe('loading');
    expect(useDataStore.getState().files.telegram.state).toBe('loaded');
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    expect(useDataStore.getState().status).toBe('ready');
  });

  it('loads again only the files that failed', async () => {
    stubFetch(['mentions.json']);
    void useDataStore.getState().load('http://app.test/');
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    expect(useDataStore.getState().files.mentions.state).toBe('failed');
    stubFetch([]);
    await useDataStore.getState().retry();
    expect(useDataStore.getState().files.mentions).toEqual({ state: 'loaded' });
    expect(useDataStore.getState().data.mentions).toEqual([]);
  });
});
