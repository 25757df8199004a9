import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  // Vite's dependency scan does not follow `new Worker(new URL(...))`; without this the first
  // worker start in dev reloads the page (TOOLCHAIN.md pitfall 3).
  optimizeDeps: { entries: ['index.html', 'src/workers/*.ts'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The English interface text (bundled: source language and fallback) is its own chunk: it
          // changes on a different rhythm from the code, so a text fix does not invalidate the
          // cached app and vice versa. Each other language is already a chunk of its own, loaded
          // with import() only when active (src/lib/i18n/messages/index.ts).
          groups: [{ name: 'messages-en', test: /src[\\/]lib[\\/]i18n[\\/]messages[\\/](.+[\\/])?(en|index|untitled)\.ts$/ }],
        },
      },
    },
    // Results, report, teaching dialogs and image export are loaded with import() (see
    // src/lib/ui/shared/lazy.svelte.ts), and so is each language but English (about 110 kB raw
    // each). The largest chunk is the entry `index` (about 495 kB raw / 159 kB gzip); the limit sits
    // a little above it, so it can grow a bit but a chunk growing much larger still warns.
    chunkSizeWarningLimit: 600,
  },
});
