/// <reference types="vitest/config" />
// Vite builds the UI into ui/dist for Tauri (`frontendDist`) and runs the Vitest unit tests.
// The Fluent files live in the repo's locales/ folder, shared with Rust, so the dev server
// may read from the repo root.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: ['es2022', 'safari15'],
    // One self-contained bundle: the CSP allows only 'self', no inline script.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The Fluent files of each locale in their own chunk (all loaded at start: switching
        // the language stays instant and offline), and the libraries in one; the app's code
        // stays small enough to read in a profile.
        manualChunks(id) {
          const locale = /\/locales\/([^/]+)\/[^/]+\.ftl/.exec(id);
          if (locale) return `locale-${locale[1]}`;
          if (id.includes('/node_modules/')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
  },
});
