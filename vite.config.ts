import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type * as FirstScreenModule from './src/app/first-screen';
import type * as CssPaletteModule from './src/shared/css-palette';

/**
 * The Content-Security-Policy the built app runs under: everything from its own origin, no inline script, no eval.
 * Only the production build gets it; the dev server injects an inline script for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * What the server sends with every file. The header policy adds `frame-ancestors`, which browsers ignore in a
 * <meta> policy: only a header can stop other sites from framing the app. The README lists these for any host.
 */
export const SERVED_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  // Links out (the archive's page) carry no address of this page.
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * Loads a module of the app's source (TypeScript, React, CSS imports) in Node through a Vite server of its own,
 * for the plugins below: the config itself imports no app source (its extensionless imports are not for the
 * config loader). Its cache is kept out of node_modules.
 */
async function withSourceModule<T, R>(root: string, path: string, apply: (module: T) => R): Promise<R> {
  const server = await createServer({
    configFile: false,
    root,
    cacheDir: join(tmpdir(), 'vite-source-modules'),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return apply((await server.ssrLoadModule(path)) as T);
  } finally {
    await server.close();
  }
}

/**
 * The map's colours as CSS custom properties (src/shared/css-palette.ts), as a stylesheet: `import
 * 'virtual:css-palette.css'` puts them in the app's CSS, so the prerendered text is painted in them before any
 * script runs.
 */
function cssPalette(): Plugin {
  const id = 'virtual:css-palette.css';
  let root = process.cwd();
  return {
    name: 'css-palette',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      return withSourceModule(root, '/src/shared/css-palette.ts', ({ CSS_PALETTE }: typeof CssPaletteModule) =>
        `:root {\n${Object.entries(CSS_PALETTE).map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`,
      );
    },
  };
}

/**
 * Text first: writes the header and the telegram's text into the built index.html, rendered by the app's own
 * components from the built data (public/data/, written by `npm run data`; src/app/first-screen.tsx), so the
 * browser shows them before the app's script has run; the app then takes the page over (src/app/take-over.ts).
 * Without JavaScript, noscript.css (public/) shows the text sheet and says what needs the script.
 */
function prerenderFirstScreen(): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const markup = await withSourceModule(root, '/src/app/first-screen.tsx', ({ renderFirstScreen }: typeof FirstScreenModule) =>
          renderFirstScreen((path) => readFileSync(join(publicDir, path), 'utf8')),
        );
        const container = '<div id="root"></div>';
        if (!html.includes(container)) throw new Error(`index.html has no ${container} to write the first screen into`);
        return html
          .replace('</head>', '  <noscript><link rel="stylesheet" href="./noscript.css" /></noscript>\n  </head>')
          .replace(
            container,
            `<noscript><p class="noscript-note">The map, the search and the place cards need JavaScript; the telegram's text is all here.</p></noscript>\n    <div id="root" data-prerendered="">${markup}</div>`,
          );
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), cssPalette(), contentSecurityPolicy(), prerenderFirstScreen()],
  // Relative asset paths, so the built app works from any folder or sub-path of the server it is loaded from.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // maplibre-gl in its own chunk: it changes rarely and the app's own JS budget is measured without it.
        advancedChunks: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  preview: { port: 4173, strictPort: true, headers: SERVED_HEADERS },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts'],
    environment: 'node',
  },
});
