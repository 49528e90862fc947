import type { DecodeResult, DecoderData } from '../domain/decoder/decoder-types';
import type { PlaceSuggestions } from '../domain/decoder/place-candidates';

/** The decoder's files are fetched only when a card or the decode box needs them, with their own timeout and message. */
const TIMEOUT_MS = 15_000;

async function fetchJson<T>(path: string, check: (value: unknown) => boolean): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI), { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new Error(`${path} could not be loaded (${error instanceof DOMException && error.name === 'TimeoutError' ? 'timed out' : 'network error'})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status})`);
  const value: unknown = await response.json().catch(() => undefined);
  if (!check(value)) throw new Error(`${path} is not valid decoder data`);
  return value as T;
}

let suggestions: Promise<PlaceSuggestions[]> | undefined;
export function loadDecoderSuggestions(): Promise<PlaceSuggestions[]> {
  suggestions ??= fetchJson<PlaceSuggestions[]>('data/decoder-suggestions.json', Array.isArray);
  suggestions.catch(() => (suggestions = undefined));
  return suggestions;
}

type Decode = (spelling: string) => DecodeResult;
let decoder: Promise<Decode> | undefined;
/** The decoder and its data (readings and places), loaded on first use: neither is in the app's first download. */
export function loadDecoder(): Promise<Decode> {
  decoder ??= Promise.all([
    import('../domain/decoder/decoder'),
    fetchJson<DecoderData>('data/decoder.json', (value) => typeof value === 'object' && value !== null && Array.isArray((value as DecoderData).places)),
  ]).then(([module, data]) => {
    const instance = module.createDecoder(data);
    return (spelling: string) => instance.decode(spelling);
  });
  decoder.catch(() => (decoder = undefined));
  return decoder;
}
