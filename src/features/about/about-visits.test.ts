import { describe, expect, it } from 'vitest';
import { rememberDismissed, wasDismissed } from './about-visits';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const throwing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('the introduction is remembered as closed', () => {
  it('per document: closing one does not close another', () => {
    const storage = memoryStorage();
    expect(wasDismissed(storage, 'telegram-1951-01-04')).toBe(false);
    expect(rememberDismissed(storage, 'telegram-1951-01-04')).toBe(true);
    expect(wasDismissed(storage, 'telegram-1951-01-04')).toBe(true);
    expect(wasDismissed(storage, 'another-document')).toBe(false);
  });

  it.each([
    ['no storage at all', undefined],
    ['storage that throws on every call', throwing],
  ])('with %s: shown again, nothing thrown', (_name, storage) => {
    expect(wasDismissed(storage, 'telegram-1951-01-04')).toBe(false);
    expect(rememberDismissed(storage, 'telegram-1951-01-04')).toBe(false);
  });
});
