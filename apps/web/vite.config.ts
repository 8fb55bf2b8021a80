// Vite builds the single-page app into dist/, which the server serves at `/`. `npm run dev` proxies the
// API to a running server (ZEUGNISDESK_API_URL, default the server's default address).
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget.js';

// The development server runs on loopback only; TLS is terminated in front of the real server.
// eslint-disable-next-line @microsoft/sdl/no-insecure-url
const apiUrl = process.env.ZEUGNISDESK_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), bundleBudget({ maxInitialGzipKb: 300 })],
  // The engine and the shared contract are bundled from their TypeScript sources (as in tests), so the
  // web build does not depend on their dist/ being built first.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every supported browser knows modulepreload; the polyfill would only add code.
    modulePreload: { polyfill: false },
    // The server's CSP forbids inline scripts: keep every asset a file, even tiny ones.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Route chunks keep their page's name; shared chunks get a neutral one instead of the name of
        // whichever module happened to come first (e.g. „page-header“ for most of Mantine).
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js',
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': apiUrl, '/health': apiUrl, '/dev': apiUrl },
  },
});
