import { useEffect, useState } from 'react';
import { AboutDocument } from '../features/about/about-dialog';
import { DataStatus } from '../features/data-status/data-status';
import { DecodePanel } from '../features/decoder/decode-panel';
import { CiteView } from '../features/cite/cite-view';
import { ExportMenu } from '../features/export/export-menu';
import { Legend } from '../features/legend/legend';
import { SidePanel } from './side-panel';
import { prefetchPanels, SwipeMapSlot } from './lazy-panels';
import { OutcomeCard } from '../features/outcome/outcome-card';
import { PlaceCard } from '../features/place-card/place-card';
import { StatementCard } from '../features/statement-card/statement-card';
import { UnitCard } from '../features/units/unit-card';
import { PlaceSearchBox } from '../features/search/place-search-box';
import { Timeline } from '../features/timeline/timeline';
import { TourButton, TourPanel } from '../features/tour/tour-panel';
import { FormationFilterNotice } from '../features/units/formation-filter';
import { VisibleNow } from '../features/visible-now/visible-now';
import { MapView } from '../map/map-view';
import { setMapPhase } from '../map/map-status';
import { MapNotice } from '../features/map-notice/map-notice';
import { supportsWebGl } from '../map/webgl-support';
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
          {!firstScreenOnly && <MapPanel />}
        </section>
      </main>
    </div>
  );
}

/** Everything over the map: the map itself, its notices, legend, cards, tour caption and timeline. */
function MapPanel() {
  const [webGl] = useState(supportsWebGl);
  useEffect(prefetchPanels, []);
  useEffect(() => {
    if (!webGl) setMapPhase('unavailable', 'This browser cannot draw the map (WebGL is not available).');
  }, [webGl]);
  return (
    <>
      {webGl ? (
        <>
          <PanelErrorBoundary name="map">
            <MapView />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="swipe map">
            <SwipeMapSlot />
          </PanelErrorBoundary>
        </>
      ) : (
        <div role="alert" className="no-webgl">
          This browser cannot draw the map (WebGL is not available). The telegram, the search and the place cards still work.
        </div>
      )}
      <MapNotice />
      <PanelErrorBoundary name="legend">
        <Legend />
      </PanelErrorBoundary>
      <div className="map-readout">
        <FormationFilterNotice />
        <PanelErrorBoundary name="list of what the map shows">
          <VisibleNow />
        </PanelErrorBoundary>
      </div>
      <PanelErrorBoundary name="place card">
        <PlaceCard />
        <OutcomeCard />
        <StatementCard />
        <UnitCard />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="tour">
        <TourPanel />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="timeline">
        <Timeline />
      </PanelErrorBoundary>
    </>
  );
}
