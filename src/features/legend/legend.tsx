import { LABEL_LANGUAGES, type LabelLanguage } from '../../store/view-slice';
import { useAppStore } from '../../store/app-store';
import { swipeMapShown } from '../../store/reading-slice';
import { useEffect, useRef } from 'react';
import { dashInPixels, LEGEND_LINES, OUTCOME_LEGEND_LINE } from '../../map/legend-lines';
import { isNarrowScreen } from '../../shared/layout';
import { FRIENDLY, HOSTILE, INK, LOW_CONFIDENCE } from '../../shared/palette';
import { SourceGrades } from '../sources/source-grades';
import { Term } from '../glossary/term';

const LANGUAGE_NAMES: Record<LabelLanguage, string> = {
  telegram: 'As in the telegram',
  modern: 'Modern (Revised Romanization)',
  hangul: 'Hangul',
  hanja: 'Hanja',
};

function LineSample({ color, dash, width = 3 }: { color: string; dash?: string; width?: number }) {
  return (
    <svg width="34" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="33" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

function PointSample({ fill, stroke }: { fill: string; stroke: string }) {
  return (
    <svg width="16" height="16" aria-hidden="true">
      <circle cx="8" cy="8" r="5" fill={fill} stroke={stroke} strokeWidth="1.6" />
    </svg>
  );
}

/** Open beside a desktop map; folded on a phone, where it would cover the map. */
const OPEN_BY_DEFAULT = !isNarrowScreen();

export function Legend() {
  const labelLanguage = useAppStore((state) => state.labelLanguage);
  const showOutcome = useAppStore((state) => state.showOutcome);
  const { setLabelLanguage, setShowOutcome } = useAppStore.getState();
  // The swipe map gives the plan only the left half: fold the legend as the mode opens, so it does not cover that
  // half (the reader can open it again).
  const swipe = useAppStore(swipeMapShown);
  const legendRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (swipe && legendRef.current !== null) legendRef.current.open = false;
  }, [swipe]);
  return (
    <details className="legend" open={OPEN_BY_DEFAULT} ref={legendRef}>
      <summary>Legend</summary>
      <label className="label-language">
        Place names
        <select value={labelLanguage} onChange={(event) => setLabelLanguage(event.target.value as LabelLanguage)}>
          {LABEL_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      <p className="legend-note">
        Modern names in <Term id="revised-romanization">Revised Romanization</Term>; <Term id="hanja">Hanja</Term> are their Chinese characters; the telegram's
        spellings are often a <Term id="japanese-reading">Japanese reading</Term> in Russian letters.
      </p>
      <label className="outcome-toggle">
        <input type="checkbox" checked={showOutcome} onChange={(event) => setShowOutcome(event.target.checked)} /> Show what happened (outcome, from other sources)
      </label>
      <ul>
        {(showOutcome ? [OUTCOME_LEGEND_LINE, ...LEGEND_LINES] : LEGEND_LINES).map((line) => (
          <li key={line.label}>
            <LineSample color={line.color} dash={dashInPixels(line).join(' ')} width={line.width} /> {line.label}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: FRIENDLY }} /> the writers' forces · <span className="swatch" style={{ background: HOSTILE }} /> "the enemy"
        </li>
        <li><PointSample fill={INK} stroke={INK} /> high · <PointSample fill="#fff" stroke={INK} /> medium · <PointSample fill="#fff" stroke={LOW_CONFIDENCE} /> low confidence</li>
        <li><span className="swatch hatch" /> unidentified: the area the text implies</li>
      </ul>
      <details className="legend-more">
        <summary>About the symbols, times and coastline</summary>
        <p>
          Colours are the document's point of view: blue for its writers' forces (Chinese People's Volunteers, Korean People's Army), red for "the enemy"
          (the UN forces, never named in the telegram). Unit symbols follow APP-6 / MIL-STD-2525 (drawn with milsymbol); a dashed frame is a planned position.
          Echelon marks follow the telegram's words (<Term id="formations">army / corps / division</Term>): XX division, XXX corps, XXXX army.
        </p>
        <p>
          The map shows the situation as of the timeline's moment. A reported event appears when it happened (lighter while its day is still running,
          since the telegram gives no hour) and stays. An order or an expectation appears only from the moment the order was sent (4 January, 24:00),
          is strongest within its window and fades after it. Click a line, arrow or area to read the sentences it rests on.
        </p>
        <p>
          Times are as the telegram writes them, each in its writer's clock (the order in the field, the receipt in Moscow), not converted. Where the
          telegram gives no time, the window is inferred and the place card says so.
        </p>
        <p>
          The coast, lakes and rivers come from GSHHG, a late-20th-century shoreline database, not from 1951 maps: the 1951 shore and tidal flats,
          around Incheon especially, may differ. The modern demarcation line is not drawn; it did not exist in January 1951.
        </p>
      </details>
      <SourceGrades />
    </details>
  );
}
