import { useState } from 'react';
import { exportCredits } from '../../domain/export/credits';
import { EXPORT_FILES } from '../../domain/export/export-files';
import { snapshotCaption } from '../../domain/export/snapshot-caption';
import { useDataStore } from '../../data/data-store';
import { BASEMAP_ATTRIBUTION } from '../../shared/basemap-credit';
import { useAppStore } from '../../store/app-store';
import { currentPermalink } from '../../store/url-sync';
import { openCardSummary } from '../cite/open-card';
import { GLOBAL_STATE } from '../../map/global-state';
import { getLiveMap, useMapStatus } from '../../map/map-status';
import { DEFAULT_SNAPSHOT_RATIO, SNAPSHOT_RATIOS } from './snapshot-sizes';

const FILE_LINKS = [
  { href: EXPORT_FILES.geojson, label: 'GeoJSON', note: 'places, statements, units, lines and arrows in one file, lists as arrays' },
  { href: EXPORT_FILES.lpf, label: 'Linked Places (LPF)', note: 'the gazetteer, for the World Historical Gazetteer' },
  { href: EXPORT_FILES.csv, label: 'CSV of mentions', note: 'one row per place name, for spreadsheets and Recogito' },
  { href: EXPORT_FILES.tei, label: 'TEI XML', note: 'the text with place names and dates tagged' },
  { href: EXPORT_FILES.bibliographyCsl, label: 'Bibliography (CSL-JSON)', note: 'every work cited, with its grade, for Zotero or Pandoc' },
  { href: EXPORT_FILES.bibtex, label: 'Bibliography (BibTeX)', note: 'the same works, UTF-8, for LaTeX (biber)' },
  { href: EXPORT_FILES.outcome, label: 'Outcome GeoJSON', note: 'what happened, 31 December to 10 January, with every account (not part of the telegram)' },
] as const;

/** The telegram's layers for QGIS: one file per geometry kind, the statements as a table (README, "Open it in QGIS"). */
const GIS_LINKS = [
  { href: EXPORT_FILES.gisPoints, label: 'points' },
  { href: EXPORT_FILES.gisLines, label: 'lines' },
  { href: EXPORT_FILES.gisPolygons, label: 'areas' },
  { href: EXPORT_FILES.gisStatements, label: 'statements (CSV)' },
  { href: EXPORT_FILES.gisStatements.replace(/\.csv$/, '.csvt'), label: 'its column types (.csvt)' },
] as const;

const IMAGE_TITLE = 'The order of 4 January 1951: Peng Dehuai, Kim Son and Pak Il-u to Kim Il Sung, forwarded by Mao Zedong to Stalin';

/** The Export menu: the files `npm run data` wrote, and a PNG of the map as it is now. */
export function ExportMenu() {
  const source = useDataStore((state) => state.data.telegram?.source);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [ratio, setRatio] = useState<number>(DEFAULT_SNAPSHOT_RATIO);

  const mapPhase = useMapStatus((state) => state.phase);
  const mapReason = useMapStatus((state) => state.reason);
  const imageBlocked = mapPhase === 'unavailable' ? (mapReason ?? 'The map cannot be drawn in this browser.') : null;

  const saveImage = async (): Promise<void> => {
    const map = getLiveMap();
    if (map === null || source === undefined) {
      setStatus(mapPhase === 'stalled' ? (mapReason ?? 'The map has not finished loading.') : 'The map is still loading; try again in a moment.');
      return;
    }
    setBusy(true);
    setStatus('Drawing the image…');
    try {
      // Read once at click time: the menu must not re-render while the timeline plays.
      const { time } = useAppStore.getState();
      const credits = exportCredits(source, BASEMAP_ATTRIBUTION);
      // What the page's map draws (in the swipe map it is the plan's half, without the outcome).
      const withOutcome = GLOBAL_STATE.showOutcome(useAppStore.getState());
      const writtenMidnights = useDataStore.getState().index.writtenMidnights;
      // The drawing code loads only now: most readers never make an image.
      const { composeSnapshot, downloadPng, snapshotFileName, snapshotLegend } = await import('./map-snapshot');
      const caption = snapshotCaption({ title: IMAGE_TITLE, time, writtenMidnights, card: openCardSummary(), permalink: currentPermalink(), citation: credits.citation, attribution: credits.attribution });
      const { canvas, ratio: drawnAt } = await composeSnapshot(map, caption, snapshotLegend(withOutcome), ratio);
      await downloadPng(canvas, snapshotFileName(time));
      const size = `${canvas.width} × ${canvas.height} pixels`;
      setStatus(drawnAt < ratio - 0.01 ? `Image saved, ${size}: at ${drawnAt.toFixed(1)}×, the largest this browser draws the map.` : `Image saved, ${size}.`);
    } catch (error) {
      setStatus(`The image could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-panel">
        <ul>
          {FILE_LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href} download>
                {link.label}
              </a>
              <span className="export-note"> {link.note}</span>
            </li>
          ))}
          <li>
            <span>For QGIS: </span>
            {GIS_LINKS.map((link, index) => (
              <span key={link.href}>
                {index > 0 ? ', ' : ''}
                <a href={link.href} download>
                  {link.label}
                </a>
              </span>
            ))}
            <span className="export-note"> time fields typed for the Temporal Controller</span>
          </li>
          <li>
            <button type="button" onClick={() => void saveImage()} disabled={busy || source === undefined || imageBlocked !== null} aria-describedby="png-export-note">
              PNG image of this map view
            </button>
            <label className="export-size">
              {' '}
              Image size{' '}
              <select value={ratio} onChange={(event) => setRatio(Number(event.target.value))} disabled={busy || imageBlocked !== null} title="times the map's size on screen">
                {SNAPSHOT_RATIOS.map((option) => (
                  <option key={option} value={option}>
                    {`${option}×`}
                  </option>
                ))}
              </select>
            </label>
            <span className="export-note" id="png-export-note">
              {imageBlocked === null ? ' with scale bar, legend, date, permalink and source, for slides and papers' : ` not available: ${imageBlocked}`}
            </span>
          </li>
        </ul>
        <p role="status" className="export-status">
          {status}
        </p>
      </div>
    </details>
  );
}
