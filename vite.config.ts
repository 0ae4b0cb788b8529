import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { NAV_ITEMS } from './src/app/nav.ts';
import { fr } from './src/locales/fr.ts';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Writes which modules each chunk holds (dist/.vite/chunks.json), so that bench/bundle-size.mjs
 * can tell what the first load of a route carries and prove no chart code is in it.
 */
function chunkModules(): Plugin {
  return {
    name: 'passerelles-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, { name: string; isEntry: boolean; imports: string[]; dynamicImports: string[]; modules: string[]; sizes: Record<string, number>; facade: string | null }> = {};
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type !== 'chunk') continue;
        chunks[file] = {
          name: out.name,
          isEntry: out.isEntry,
          imports: out.imports,
          dynamicImports: out.dynamicImports,
          modules: Object.keys(out.modules).map((m) => m.replace(r('./'), '')),
          sizes: Object.fromEntries(Object.entries(out.modules).map(([m, info]) => [m.replace(r('./'), ''), info.renderedLength])),
          facade: out.facadeModuleId ? out.facadeModuleId.replace(r('./'), '') : null,
        };
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html's `#root` gets the layout's outline (sidebar with the brand, the search button and the
 * navigation in French, a page skeleton), styled by the `boot-*` rules of src/app/layout.module.css
 * (the layout's own rules, so the sizes are the real ones). It paints as soon as the HTML and the
 * CSS are in, before any script: the first paint no longer waits for the app's JavaScript, and
 * React replaces it with the same layout. Inert and hidden from assistive technology: it is a picture.
 */
function bootShell(): Plugin {
  const nav = NAV_ITEMS.map(
    (item) => `<li><span class="boot-navLink"><span class="boot-navIcon">${escapeHtml(item.icon)}</span>${escapeHtml(fr[item.label as keyof typeof fr])}</span></li>`,
  ).join('');
  const shell = [
    '<div class="boot-shell" aria-hidden="true" inert>',
    '<div class="boot-sidebar">',
    `<span class="boot-brand"><span class="boot-brandName">${escapeHtml(fr['app.name'])}</span><span class="boot-brandTagline">${escapeHtml(fr['app.tagline'])}</span></span>`,
    `<span class="boot-searchButton"><span>⌕</span> ${escapeHtml(fr['palette.open'])}<kbd class="boot-kbd">Ctrl K</kbd></span>`,
    `<div class="boot-nav"><ul>${nav}</ul></div>`,
    '</div>',
    '<div class="boot-main"><span class="boot-skeleton" style="width:16rem;height:2rem"></span><span class="boot-skeleton" style="height:12rem;margin-top:1.5rem"></span></div>',
    '</div>',
  ].join('');
  return {
    name: 'passerelles-boot-shell',
    transformIndexHtml(html) {
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}

const FIRST_LOAD = new RegExp(
  [
    String.raw`node_modules[\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack[\/](react-query|query-core)|zod|react-error-boundary)[\/]`,
    String.raw`src[\/]lib[\/](api-client|i18n|format|query-client|url-state|use-debounced-value|notify|users|current-user|theme|session)\.tsx?$`,
    String.raw`src[\/]contract[\/](problem|primitives|reference|enums|user|stats|queries|endpoints|session)\.ts$`,
    String.raw`src[\/]components[\/]feedback[\/]`,
    String.raw`src[\/]locales[\/](fr|labels|department-label)\.ts$`,
    String.raw`src[\/]domain[\/]growth\.ts$`,
  ].join('|'),
);

export default defineConfig(({ command }) => ({
  plugins: [react(), chunkModules(), bootShell()],
  // The in-browser API's service worker lives with the mocks; it is served at the app's base URL.
  publicDir: 'mocks/public',
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${r('./src/')}` },
      // React Router 7 resolves to its development build by default (warnings, invariants):
      // production builds use its production build, a third smaller.
      ...(command === 'build'
        ? [
            { find: /^react-router$/, replacement: r('./node_modules/react-router/dist/production/index.mjs') },
            { find: /^react-router\/dom$/, replacement: r('./node_modules/react-router/dist/production/dom-export.mjs') },
          ]
        : []),
    ],
  },
  build: {
    target: 'es2022',
    manifest: true,
    // Every browser the school uses supports modulepreload; the polyfill would only add weight.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        // What every page needs goes in one chunk with the entry: dozens of tiny shared chunks
        // compress worse and cost a request each.
        codeSplitting: {
          groups: [{ name: 'app', test: FIRST_LOAD }],
        },
      },
    },
  },
  // The demo's dataset worker (mocks/data/dataset-worker.ts) is an ES module like the app.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    css: { modules: { classNameStrategy: 'non-scoped' } },
    testTimeout: 20000,
    hookTimeout: 60000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}', 'tests/contract/msw.test.ts'],
        },
      },
      {
        // The team server, over real sockets and a real database: no MSW, no DOM.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts', 'tests/contract/server-*.test.ts'],
          // One database file per test file; two at a time is what this machine's two cores take.
          maxWorkers: 2,
          // After the app's tests, not beside them (their worker counts differ).
          sequence: { groupOrder: 1 },
        },
      },
      {
        // The first-load budget: builds the app once and measures it (tests/size).
        extends: true,
        test: {
          name: 'size',
          environment: 'node',
          include: ['tests/size/**/*.test.ts'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
}));
