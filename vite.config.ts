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
  build: { target: 'es2022', sourcemap: true },
});
