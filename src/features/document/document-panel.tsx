import { useEffect, useMemo } from 'react';
import type { Block } from '../../../geo/schema/telegram-schema';
import type { Mention } from '../../domain/mention-matcher';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { SentenceText } from './sentence-text';

export function mentionElementId(mention: Mention): string {
  return `mention-${mention.sentenceId}-${mention.start}`;
}

/** Scrolls a mention into view, first opening the catalogue record if it stands there (the Summary). */
export function revealMention(mention: Mention, { focus = false, smooth = false } = {}): void {
  const element = document.getElementById(mentionElementId(mention));
  const details = element?.closest('details');
  if (details && !details.open) details.open = true;
  element?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (focus) element?.focus();
}

function MentionButton({ mention, text }: { mention: Mention; text: string }) {
  const place = useDataStore((state) => state.index.placesById.get(mention.placeId));
  const selected = useAppStore((state) => state.selectedPlaceId === mention.placeId);
  const hovered = useAppStore((state) => state.hoveredPlaceId === mention.placeId);
  const { hoverPlace, selectPlace } = useAppStore.getState();
  const mentions = useDataStore((state) => state.index.mentionsByPlace.get(mention.placeId));
  const confidence = place?.confidence ?? 'unidentified';
  return (
    <button
      type="button"
      id={mentionElementId(mention)}
      className={`mention confidence-${confidence}${selected ? ' is-selected' : ''}${hovered ? ' is-hovered' : ''}`}
      data-place-id={mention.placeId}
      aria-pressed={selected}
      title={place === undefined ? undefined : `${place.title} — identification: ${confidence}`}
      onMouseEnter={() => hoverPlace(mention.placeId)}
      onMouseLeave={() => hoverPlace(null)}
      onFocus={() => hoverPlace(mention.placeId)}
      onBlur={() => hoverPlace(null)}
      onClick={() => selectPlace(mention.placeId, Math.max(0, mentions?.indexOf(mention) ?? 0), 'text')}
    >
      {text}
    </button>
  );
}

function BlockView({ block, mentionsBySentence, highlighted }: { block: Block; mentionsBySentence: Map<string, Mention[]>; highlighted: ReadonlySet<string> }) {
  const body = block.sentences.map((sentence, index) => (
    <span key={sentence.id} id={`sentence-${sentence.id}`} className={highlighted.has(sentence.id) ? 'sentence is-tour' : 'sentence'} data-sentence-id={sentence.id}>
      {index > 0 && ' '}
      <SentenceText sentence={sentence} mentions={mentionsBySentence.get(sentence.id) ?? []} renderMention={(mention, text) => <MentionButton mention={mention} text={text} />} />
    </span>
  ));
  const label = block.label === undefined ? null : <span className="block-label">{block.label} </span>;
  const heading = block.heading === undefined ? null : <h3 className="field-heading">{block.heading}</h3>;
  if (block.role === 'heading') return <h2 className="telegram-heading">{body}</h2>;
  return (
    <>
      {heading}
      <p className={`block block-${block.role}`} data-block-id={block.id}>
        {label}
        {body}
      </p>
    </>
  );
}

/** The telegram laid out as the document is: catalogue record, covering telegram, the quoted order, closing. */
export function DocumentPanel() {
  const telegram = useDataStore((state) => state.data.telegram);
  const telegramFile = useDataStore((state) => state.files.telegram.state);
  const mentions = useDataStore((state) => state.data.mentions);
  const selectedPlaceId = useAppStore((state) => state.selectedPlaceId);
  const mentionIndex = useAppStore((state) => state.mentionIndex);
  const mentionsByPlace = useDataStore((state) => state.index.mentionsByPlace);
  const highlightedIds = useAppStore((state) => state.highlightedSentenceIds);
  const highlighted = useMemo(() => new Set(highlightedIds), [highlightedIds]);

  const mentionsBySentence = useMemo(() => {
    const groups = new Map<string, Mention[]>();
    for (const mention of mentions ?? []) groups.set(mention.sentenceId, [...(groups.get(mention.sentenceId) ?? []), mention]);
    return groups;
  }, [mentions]);

  // When a place is selected (on the map, in search or in the card), bring its current mention into view.
  useEffect(() => {
    if (selectedPlaceId === null) return;
    const mention = mentionsByPlace.get(selectedPlaceId)?.[mentionIndex];
    if (mention === undefined) return;
    revealMention(mention, { smooth: true });
  }, [selectedPlaceId, mentionIndex, mentionsByPlace]);

  // A tour chapter brings its first sentence into view.
  useEffect(() => {
    const first = highlightedIds[0];
    if (first !== undefined) document.getElementById(`sentence-${first}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [highlightedIds]);

  if (telegram === undefined) {
    // Loading until the file has really failed: a slow file is not a missing one.
    if (telegramFile === 'failed') return <p className="panel-message">The text of the telegram could not be loaded.</p>;
    return (
      <p className="panel-loading" aria-busy="true">
        Loading the text of the telegram…
      </p>
    );
  }
  const archive = telegram.blocks.filter((block) => block.part === 'archive');
  const order = telegram.blocks.filter((block) => block.part === 'order');
  const cover = telegram.blocks.filter((block) => block.part === 'cover');
  const firstOrderIndex = telegram.blocks.findIndex((block) => block.part === 'order');
  const coverBefore = cover.filter((block) => telegram.blocks.indexOf(block) < firstOrderIndex);
  const coverAfter = cover.filter((block) => telegram.blocks.indexOf(block) > firstOrderIndex);
  const render = (blocks: Block[]) => blocks.map((block) => <BlockView key={block.id} block={block} mentionsBySentence={mentionsBySentence} highlighted={highlighted} />);

  return (
    <div className="document">
      <details className="archive-record">
        <summary>Catalogue record (Wilson Center Digital Archive, document {telegram.source.documentId})</summary>
        {render(archive)}
      </details>
      <article className="telegram" aria-label="The telegram (English translation)">
        {render(coverBefore)}
        <blockquote className="order" aria-label="The order of 4 January 1951, as quoted">
          {render(order)}
        </blockquote>
        {render(coverAfter)}
      </article>
    </div>
  );
}
