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
  // The domain rules the API applies, shared as source (plain TypeScript, no Node modules).
  resolve: { alias: { '@app/domain': here('../../libs/domain/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: process.env.WEB_OUT_DIR ?? here('../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
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
