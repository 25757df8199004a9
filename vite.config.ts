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
          // The interface text of all five languages is its own chunk: it changes on a different
          // rhythm from the code, so a text fix does not invalidate the cached app and vice versa.
          groups: [{ name: 'messages', test: /src[\\/]lib[\\/]i18n[\\/]messages[\\/]/ }],
        },
      },
    },
    // Results, report, teaching dialogs and image export are loaded with import() (see
    // src/lib/ui/shared/lazy.svelte.ts). The largest chunk left is `messages`: every language,
    // about 545 kB raw / 147 kB gzip, until languages are loaded one at a time. The limit sits a
    // little above it, so new text fits but any code chunk growing that large still warns.
    chunkSizeWarningLimit: 600,
  },
});
