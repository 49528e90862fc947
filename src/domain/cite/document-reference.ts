import type { Telegram } from '../../../geo/schema/telegram-schema';

export interface DocumentReference {
  /** The archive's own citation of the document, without an address. */
  citation: string;
  /** The document's canonical address at its archive (not the copy that was read). */
  url: string;
}

const WILSON_CENTER = 'Wilson Center Digital Archive';

/**
 * The one place a citation of the document is made from: the view citation and anything else citing the
 * telegram read it here, so it can later come from the bibliography instead. The Digital Archive's canonical
 * address of a record is its document id under digitalarchive.wilsoncenter.org; the copy read may sit elsewhere.
 */
export function documentReference(source: Telegram['source']): DocumentReference {
  const url = source.collection === WILSON_CENTER && /^\d+$/.test(source.documentId) ? `https://digitalarchive.wilsoncenter.org/document/${source.documentId}` : source.url;
  return { citation: source.citation, url };
}
