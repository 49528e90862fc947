import { useState } from 'react';
import { AboutDocument } from '../features/about/about-dialog';
import { DataStatus } from '../features/data-status/data-status';
import { DecodePanel } from '../features/decoder/decode-panel';
import { CiteView } from '../features/cite/cite-view';
import { ExportMenu } from '../features/export/export-menu';
import { SidePanel } from './side-panel';
import { MapPanel } from './lazy-panels';
import { PlaceSearchBox } from '../features/search/place-search-box';
import { TourButton } from '../features/tour/tour-panel';
import { PanelErrorBoundary } from './error-boundary';
import { SkipLinks } from './skip-links';

type Sheet = 'text' | 'map';

export interface AppProps {
  /**
   * Rendered at build time into index.html (src/app/first-screen.tsx): the header and the text, with the map
   * panel left empty (no map, legend or timeline until the app runs in the browser).
   */
  firstScreenOnly?: boolean;
  /** What the reader had typed into the prerendered search box before the app took the page over. */
  initialSearch?: string;
  /** The reader typed or clicked in the prerendered page: the introduction does not open over it by itself. */
  readerHasBegun?: boolean;
}

export function App({ firstScreenOnly = false, initialSearch = '', readerHasBegun = false }: AppProps) {
  const [sheet, setSheet] = useState<Sheet>('map');

  return (
    <div className={`app sheet-${sheet}`}>
      <SkipLinks onText={() => setSheet('text')} />
      <header className="app-header">
        <h1>
          The order of 4 January 1951{' '}
          <span className="subtitle">Peng Dehuai, Kim Son and Pak Il-u to Kim Il Sung; forwarded by Mao Zedong to Stalin (dated 7 January, received 8 January)</span>
          <span className="subtitle-short">Peng Dehuai's order to Kim Il Sung, as Mao forwarded it to Stalin</span>
        </h1>
        <PanelErrorBoundary name="search">
          <PlaceSearchBox initialQuery={initialSearch} />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="decoder">
          <DecodePanel />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="tour">
          <TourButton />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="export">
          <ExportMenu />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="citation">
          <CiteView />
        </PanelErrorBoundary>
        <PanelErrorBoundary name="introduction">
          <AboutDocument opensOnFirstVisit={!readerHasBegun} />
        </PanelErrorBoundary>
        <nav className="sheet-switch" aria-label="Show">
          <button type="button" aria-pressed={sheet === 'text'} onClick={() => setSheet(sheet === 'text' ? 'map' : 'text')}>
            Text
          </button>
        </nav>
      </header>
      <DataStatus />
      <main className="app-main">
        <section className="text-panel" aria-label="The telegram" tabIndex={-1}>
          <SidePanel />
        </section>
        <section className="map-panel" aria-label="Map">
          {!firstScreenOnly && (
            <PanelErrorBoundary name="map">
              <MapPanel />
            </PanelErrorBoundary>
          )}
        </section>
      </main>
    </div>
  );
}
