import { sentencesById } from '../../src/domain/telegram-text';
import type { OutcomeEvent } from '../schema/outcome-schema';
import type { Place } from '../schema/place-schema';
import type { Telegram } from '../schema/telegram-schema';
import { tourFileSchema, type Tour } from '../schema/tour-schema';
import { DataError, readJsonFile, validate } from './validate';

/** The guided tour, with every sentence, place and outcome event it names checked against the rest of geo/. */
export function loadTour(file: string, telegram: Telegram, places: readonly Place[], outcome: readonly OutcomeEvent[]): Tour {
  const tour = validate(tourFileSchema, readJsonFile(file), file, 'chapters');
  if (tour.documentId !== telegram.source.documentId) throw new DataError(file, undefined, 'documentId', `"${tour.documentId}" is not the telegram's document id "${telegram.source.documentId}"`);
  const sentenceIds = new Set(sentencesById(telegram).keys());
  const placeIds = new Set(places.map((place) => place.id));
  const eventIds = new Set(outcome.map((event) => event.id));
  const seen = new Set<string>();
  for (const chapter of tour.chapters) {
    if (seen.has(chapter.id)) throw new DataError(file, chapter.id, 'id', 'duplicate chapter id');
    seen.add(chapter.id);
    const check = (ids: readonly string[], known: Set<string>, field: string, what: string): void =>
      ids.forEach((id, index) => {
        if (!known.has(id)) throw new DataError(file, chapter.id, `${field}[${index}]`, `no ${what} "${id}"`);
      });
    check(chapter.sentenceIds, sentenceIds, 'sentenceIds', 'sentence');
    check(chapter.frame, placeIds, 'frame', 'place');
    check(chapter.outcomeEvents ?? [], eventIds, 'outcomeEvents', 'outcome event');
  }
  return tour;
}
