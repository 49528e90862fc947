import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type * as FirstScreenModule from './src/app/first-screen';
import type * as CssPaletteModule from './src/shared/css-palette';

/**
 * The Content-Security-Policy the built app runs under: everything from its own origin, no inline script, no eval.
 * The one inline stylesheet (the entry's, inlined by inlineEntryStylesheet below) is allowed by its hash, never by
 * 'unsafe-inline'. Only the production build gets it; the dev server injects an inline script for hot reloading.
 */
export function contentSecurityPolicy(styleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The hash a CSP source expression gives for an inline <style> element's exact text. */
export const styleHash = (css: string): string => `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;

/**
 * What the server sends with every file, for the policy `index.html` carries. The header policy adds
 * `frame-ancestors`, which browsers ignore in a <meta> policy: only a header can stop other sites from framing the
 * app. The build writes these into `dist/_headers` (the format Netlify and Cloudflare Pages read), and `vite
 * preview` sends them from there; the README says what to set on other hosts.
 */
export function servedHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    // Links out (the archive's page) carry no address of this page.
    'Referrer-Policy': 'no-referrer',
  };
}

const HEADERS_FILE = '_headers';

export function formatHeadersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

export function parseHeadersFile(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^ {2}([\w-]+): (.+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/**
 * Text first, without a second request: the entry's stylesheet (the page's own styles; the map's and the
 * comparison's come later with their chunks) is written into index.html as a <style> element, so the browser
 * paints the prerendered text as soon as it has the page. The policy is written in beside it, with the hash of
 * exactly that stylesheet, and `dist/_headers` with it once the build is written.
 */
function inlineEntryStylesheet(): Plugin {
  let outDir = 'dist';
  return {
    name: 'inline-entry-stylesheet',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
        const asset = link === null ? undefined : context.bundle?.[link[1] ?? ''];
        if (link === null || asset?.type !== 'asset') throw new Error('index.html links no stylesheet of the build to inline');
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        if (css.includes('</style')) throw new Error(`${link[1] ?? ''} contains "</style": it cannot be inlined`);
        const policy = contentSecurityPolicy([styleHash(css)]);
        // The link stays, disabled (a disabled stylesheet is not fetched): chunks that share code with the entry
        // look for it before they are imported, and would otherwise fetch and apply the same styles again.
        return html
          .replace(link[0], () => `<style>${css}</style>\n    ${link[0].replace('>', ' disabled>')}`)
          .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    writeBundle() {
      const html = readFileSync(join(outDir, 'index.html'), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      if (policy === undefined) throw new Error(`${outDir}/index.html has no Content-Security-Policy to write into ${HEADERS_FILE}`);
      writeFileSync(join(outDir, HEADERS_FILE), formatHeadersFile(servedHeaders(policy)));
    },
  };
}

/** `vite preview` sends the headers the build wrote (dist/_headers) with every file it serves. */
function previewHeaders(): Plugin {
  return {
    name: 'preview-headers',
    configurePreviewServer(server) {
      const file = join(server.config.build.outDir, HEADERS_FILE);
      if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before \`vite preview\``);
      const headers = parseHeadersFile(readFileSync(file, 'utf8'));
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
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
  plugins: [react(), cssPalette(), prerenderFirstScreen(), inlineEntryStylesheet(), previewHeaders()],
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
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts'],
    environment: 'node',
  },
});
