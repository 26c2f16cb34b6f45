import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Where the API (npm run dev: nest start api --watch) listens; the dev server proxies to it. */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:3000';

// The browser app: plain React on Vite's built-in TSX transform (no plugin), built to dist/web,
// which the API serves at `/`. No inline scripts and no CDN: the API's CSP allows 'self' only.
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: here('public'),
  // Shared as source, as in tsconfig.json's paths: the domain rules the API applies and the
  // message catalogs the emails use (plain TypeScript, no Node modules).
  resolve: {
    alias: {
      '@app/domain': here('../../libs/domain/src/index.ts'),
      '@app/i18n': here('../../libs/i18n/src'),
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: process.env.WEB_OUT_DIR ?? here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // React Router and TanStack Query mark their modules "use client" for React Server
      // Components; a browser bundle has no server side to keep apart.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/admin': { target: apiTarget, changeOrigin: false },
    },
  },
});
