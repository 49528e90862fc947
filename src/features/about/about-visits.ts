/** Remembers that a reader has closed the introduction, per document; a browser without storage just shows it again. */

type ReadStorage = Pick<Storage, 'getItem'>;
type WriteStorage = Pick<Storage, 'setItem'>;

function keyFor(documentId: string): string {
  return `about-dismissed:${documentId}`;
}

/** The page's localStorage, or undefined where reading it throws (storage disabled, sandboxed frame). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function wasDismissed(storage: ReadStorage | undefined, documentId: string): boolean {
  try {
    return storage?.getItem(keyFor(documentId)) === '1';
  } catch {
    return false;
  }
}

/** True when the choice was stored; false when storage is missing or refuses (quota, private mode). */
export function rememberDismissed(storage: WriteStorage | undefined, documentId: string): boolean {
  try {
    if (storage === undefined) return false;
    storage.setItem(keyFor(documentId), '1');
    return true;
  } catch {
    return false;
  }
}
