import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { linkUiFonts } from './data/ui-fonts';
import { useAppStore } from './store/app-store';
import { startUrlSync } from './store/url-sync';
import { applyCssPalette } from './shared/css-palette';

applyCssPalette(document.documentElement);
linkUiFonts(document.baseURI);
startUrlSync();
// Test hook for end-to-end tests and the benchmark, like window.__map; the app itself never reads it.
window.__appStore = useAppStore;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
