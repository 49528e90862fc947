import type { Candidate, ChainStepName } from '../../domain/decoder/decoder-types';

const STEP_LABEL: Record<ChainStepName, string> = {
  'latin-to-cyrillic': 'Latin → Cyrillic',
  'cyrillic-to-japanese': 'Cyrillic → Japanese',
  'japanese-to-hanja': 'Japanese → Hanja',
  'hanja-to-korean': 'Hanja → Korean',
  'korean-to-place': 'Korean → place',
};

const SOURCE_LABEL = { gazetteer: 'gazetteer', geonames: 'GeoNames', villages: 'village list' } as const;

/** One ranked candidate: the readings, both ranking numbers, the place, and the whole chain with its weakest step. */
export function CandidateChain({ candidate, areaLabel }: { candidate: Candidate; areaLabel?: string }) {
  const place = candidate.place;
  return (
    <li className="decoder-candidate" data-testid="decoder-candidate">
      <div className="decoder-readings">
        <span lang="ko-Hani" className="decoder-hanja">
          {candidate.hanja}
        </span>{' '}
        <span lang="ko">{candidate.hangul}</span> {candidate.rr} <span className="muted">({candidate.mr})</span> ·{' '}
        <span lang="ja-Latn">{candidate.japanese}</span> · <span lang="ru">{candidate.cyrillic || '—'}</span>
      </div>
      <div className="decoder-numbers">
        reading distance {candidate.readingDistance.toFixed(2)}
        {areaLabel !== undefined && ` · ${candidate.areaKm === null ? `${areaLabel}: not measurable` : `${areaLabel}: ${candidate.areaKm} km`}`}
        {' · '}
        {place === null ? 'no place with these Hanja in the data' : `${place.name} (${SOURCE_LABEL[place.source]}${place.lat === null ? ', no coordinate' : ''})`}
      </div>
      <details>
        <summary>
          Chain (weakest step: {STEP_LABEL[candidate.weakest.step]})
        </summary>
        <ol className="decoder-chain">
          {candidate.chain.map((step) => (
            <li key={step.step} className={step === candidate.weakest || step.step === candidate.weakest.step ? 'weakest' : undefined}>
              <strong>{STEP_LABEL[step.step]}:</strong> {step.value} <span className="muted">— {step.why}</span>
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
