import type { Place } from '../../../geo/schema/place-schema';
import type { Statement } from '../../../geo/schema/situation-schema';
import { parseDocumentTime } from '../../domain/time';
import { describeWindow, KIND_LABEL } from '../../domain/statement-text';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { revealMention } from '../document/document-panel';
import { SentenceText } from '../document/sentence-text';
import { CardOutcomeSummary } from '../compare/card-outcome-summary';
import { useCardFocus } from '../cards/use-card-focus';
import { DecoderSuggestionsSection } from '../decoder/decoder-suggestions-section';
import { OutcomeAccounts } from '../outcome/outcome-accounts';
import { SourceList } from '../sources/source-list';
import { ScriptName } from '../glossary/script-name';
import { Term } from '../glossary/term';

const SCRIPT_NAMES: Record<string, string> = {
  en: 'English',
  'ru-Latn': 'Russian, Latin letters',
  'ru-Cyrl': 'Russian',
  'ja-Latn': 'Japanese reading (Hepburn)',
  'ja-Jpan': 'Japanese',
  'ko-Hang': 'Hangul',
  'ko-Hani': 'Hanja',
  'ko-Latn': 'Revised Romanization',
  'ko-Latn-alalc97': 'McCune-Reischauer',
  'zh-Hans': 'Chinese',
  'zh-Latn-pinyin': 'Pinyin',
};

function Quotes({ place }: { place: Place }) {
  const mentions = useDataStore((state) => state.index.mentionsByPlace.get(place.id)) ?? [];
  const sentencesById = useDataStore((state) => state.index.sentencesById);
  const mentionIndex = useAppStore((state) => state.mentionIndex);
  const { setMentionIndex } = useAppStore.getState();
  // Without the mentions file the card cannot tell whether the text names the place: say that, not "not named".
  const mentionsFile = useDataStore((state) => state.files.mentions.state);
  if (mentionsFile !== 'loaded') return <p>{mentionsFile === 'loading' ? 'Loading where the telegram names it…' : 'Where the telegram names this place could not be loaded.'}</p>;
  if (mentions.length === 0) return <p>This place is not named in the text itself.</p>;
  const index = Math.min(mentionIndex, mentions.length - 1);
  const mention = mentions[index];
  const sentence = mention === undefined ? undefined : sentencesById.get(mention.sentenceId);
  if (mention === undefined || sentence === undefined) return null;
  const showInText = (): void => revealMention(mention, { focus: true });
  return (
    <section aria-label="Where the telegram names it">
      <blockquote className="quote" data-testid="card-quote">
        <SentenceText sentence={sentence} mentions={[mention]} renderMention={(_m, text) => <mark>{text}</mark>} />
      </blockquote>
      <div className="quote-nav">
        <button type="button" onClick={() => setMentionIndex((index - 1 + mentions.length) % mentions.length)} disabled={mentions.length < 2} aria-label="Previous mention">
          ‹ Previous
        </button>
        <span aria-live="polite">
          Mention {index + 1} of {mentions.length}
        </span>
        <button type="button" onClick={() => setMentionIndex((index + 1) % mentions.length)} disabled={mentions.length < 2} aria-label="Next mention">
          Next ›
        </button>
        <button type="button" onClick={showInText}>
          Show in text
        </button>
      </div>
    </section>
  );
}

/** Mentions the document identifies on their own (a shared spelling, a lower confidence, candidates of their own). */
function MentionIdentifications({ placeId }: { placeId: string }) {
  const mentions = (useDataStore((state) => state.index.mentionsByPlace.get(placeId)) ?? []).filter((mention) => mention.identification !== undefined);
  if (mentions.length === 0) return null;
  return (
    <section aria-label="Mentions identified on their own" className="mention-identifications">
      <h4>Mentions identified on their own</h4>
      <ul>
        {mentions.map((mention) => (
          <li key={`${mention.sentenceId}-${mention.start}`}>
            <strong>“{mention.text}”</strong>
            {mention.identification?.confidence !== undefined && (
              <>
                {' '}
                <span className="confidence-badge">{mention.identification.confidence}</span>
              </>
            )}{' '}
            {mention.identification?.rationale}
            {(mention.identification?.alternatives ?? []).map((alternative) => (
              <p key={alternative.label} className="notes">
                Other candidate: <strong>{alternative.label}</strong> — {alternative.confidence}: {alternative.rationale}
                {alternative.sources !== undefined && <SourceList sources={alternative.sources} claim="this candidate" />}
              </p>
            ))}
            {mention.identification?.sources !== undefined && <SourceList sources={mention.identification.sources} claim="this reading" />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatementsAbout({ statements }: { statements: readonly Statement[] }) {
  const { setTime } = useAppStore.getState();
  const unitsById = useDataStore((state) => state.index.unitsById);
  const writtenMidnights = useDataStore((state) => state.index.writtenMidnights);
  if (statements.length === 0) return null;
  const unitNames = [...new Set(statements.flatMap((statement) => statement.units))].map((id) => unitsById.get(id)?.name ?? id);
  return (
    <section aria-label="What the telegram says happens here">
      <h3>In the telegram</h3>
      <ul className="card-statements">
        {statements.map((statement) => (
          <li key={statement.id}>
            <button type="button" className={`statement-link kind-${statement.kind}`} onClick={() => setTime(parseDocumentTime(statement.when.start) ?? 0)} title="Move the timeline to this moment">
              <span className="kind-badge">{KIND_LABEL[statement.kind]}</span> {statement.summary} <span className="when">({describeWindow(statement.when, writtenMidnights)})</span>
            </button>
            {statement.note !== undefined && <p className="notes">{statement.note}</p>}
          </li>
        ))}
      </ul>
      {unitNames.length > 0 && (
        <p>
          <strong>Units here:</strong> {unitNames.join(', ')}
        </p>
      )}
    </section>
  );
}

/** "Ordered / what happened", side by side, when the outcome layer is on and sources tell what became of the place. */
function PlanAndOutcome({ placeId, statements }: { placeId: string; statements: readonly Statement[] }) {
  const showOutcome = useAppStore((state) => state.showOutcome);
  const events = useDataStore((state) => state.index.outcomeByPlace.get(placeId)) ?? [];
  if (!showOutcome || events.length === 0) return null;
  const planned = statements.filter((statement) => statement.kind !== 'document');
  return (
    <section aria-label="Ordered and what happened" className="plan-outcome">
      <div>
        <h3>The telegram</h3>
        <ul>
          {planned.map((statement) => (
            <li key={statement.id}>
              <span className="kind-badge">{KIND_LABEL[statement.kind]}</span> {statement.summary}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>What happened</h3>
        {events.map((event) => (
          <OutcomeAccounts key={event.id} event={event} />
        ))}
      </div>
    </section>
  );
}

const closePlaceCard = (): void => useAppStore.getState().selectPlace(null);

export function PlaceCard() {
  const selectedPlaceId = useAppStore((state) => state.selectedPlaceId);
  const place = useDataStore((state) => (selectedPlaceId === null ? undefined : state.index.placesById.get(selectedPlaceId)));
  const statements = useDataStore((state) => (selectedPlaceId === null ? undefined : state.index.statementsByPlace.get(selectedPlaceId))) ?? [];
  const documentRef = useDataStore((state) => state.data.telegram?.source.ref);
  const { selectPlace } = useAppStore.getState();
  const cardRef = useCardFocus<HTMLElement>(place === undefined ? null : place.id, closePlaceCard);
  if (place === undefined) return null;
  const asWritten = place.variants.filter((variant) => variant.inTelegram).map((variant) => variant.toponym);
  return (
    <aside className="place-card" aria-labelledby="place-card-title" data-testid="place-card" ref={cardRef} tabIndex={-1}>
      <header>
        <h2 id="place-card-title">{place.title}</h2>
        <button type="button" className="close" onClick={() => selectPlace(null)} aria-label="Close place card">
          ×
        </button>
        <p className="names">
          {place.names.hangul && <span lang="ko">{place.names.hangul}</span>}
          {place.names.hanja && <span lang="ko-Hani">{place.names.hanja}</span>}
          {place.names.mr && <span>{place.names.mr}</span>}
          {place.names.japanese && <span><Term id="japanese-reading">Japanese reading</Term>: <span lang="ja-Latn">{place.names.japanese}</span></span>}
        </p>
        <p className="as-written">
          In the telegram: {asWritten.map((spelling) => `“${spelling}”`).join(', ')} · {place.kind}
        </p>
      </header>
      <CardOutcomeSummary statementIds={statements.map((statement) => statement.id)} placeId={place.id} />
      <Quotes place={place} />
      <section aria-label="Identification" className={`identification confidence-${place.confidence}`}>
        <h3>
          Identification: <span className="confidence-badge">{place.confidence}</span>
        </h3>
        <p>{place.rationale}</p>
        {place.notes !== undefined && <p className="notes">{place.notes}</p>}
        {(place.alternatives ?? []).length > 0 && (
          <>
            <h4>Other candidates (faint on the map)</h4>
            <ul>
              {(place.alternatives ?? []).map((alternative) => (
                <li key={alternative.label}>
                  <strong>{alternative.label}</strong>
                  {alternative.hanja !== undefined && ` (${alternative.hanja})`} — {alternative.confidence}: {alternative.rationale}
                  {alternative.sources !== undefined && <SourceList sources={alternative.sources} claim="this candidate" />}
                </li>
              ))}
            </ul>
          </>
        )}
        <h4>Sources</h4>
        <SourceList sources={place.sources} claim="this identification" besides={documentRef} />
        <MentionIdentifications placeId={place.id} />
      </section>
      <DecoderSuggestionsSection place={place} />
      <StatementsAbout statements={statements} />
      <PlanAndOutcome placeId={place.id} statements={statements} />
      <section aria-label="Spellings">
        <h3>Spellings</h3>
        <ul className="variants">
          {place.variants.map((variant) => (
            <li key={`${variant.lang}-${variant.toponym}`}>
              <span lang={variant.lang}>{variant.toponym}</span>{' '}
              {variant.reconstructed === true ? (
                <span className="script reconstructed">Cyrillic, reconstructed: not found in any source</span>
              ) : (
                <span className="script"><ScriptName lang={variant.lang} name={SCRIPT_NAMES[variant.lang] ?? variant.lang} /></span>
              )}
              {variant.inTelegram === true && <span className="in-telegram"> · in the telegram</span>}
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
