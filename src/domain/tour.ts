import type { Chapter, Tour } from '../../geo/schema/tour-schema';
import { parseDocumentTime } from './time';

/** What opening a chapter does to the reader's view: the moment, the layers, the sentences and the places. */
export interface ChapterView {
  time: number;
  showOutcome: boolean;
  highlightedSentenceIds: readonly string[];
  framePlaceIds: readonly string[];
}

export function chapterView(chapter: Chapter): ChapterView {
  const time = parseDocumentTime(chapter.time);
  // The data build checked the time; a bad one here means the file was edited by hand after the build.
  if (time === undefined) throw new Error(`tour chapter "${chapter.id}": time "${chapter.time}" is not a moment`);
  return {
    time,
    showOutcome: (chapter.outcomeEvents ?? []).length > 0,
    highlightedSentenceIds: chapter.sentenceIds,
    framePlaceIds: chapter.frame,
  };
}

export interface ChapterPosition {
  chapter: Chapter;
  index: number;
  previous: Chapter | undefined;
  next: Chapter | undefined;
}

/** Where a chapter stands in the tour; undefined for an id the tour does not have (a stale permalink). */
export function chapterPosition(tour: Tour, chapterId: string): ChapterPosition | undefined {
  const index = tour.chapters.findIndex((chapter) => chapter.id === chapterId);
  const chapter = tour.chapters[index];
  if (chapter === undefined) return undefined;
  return { chapter, index, previous: tour.chapters[index - 1], next: tour.chapters[index + 1] };
}
