import { MapView } from '../map/map-view';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          The order of 4 January 1951 <span className="subtitle">Peng Dehuai, Kim Son and Pak Il-u to Kim Il Sung, forwarded by Mao Zedong to Stalin on 8 January</span>
        </h1>
      </header>
      <main className="app-main">
        <MapView />
      </main>
    </div>
  );
}
