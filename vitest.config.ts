import { defineConfig, mergeConfig } from 'vitest/config';
import { svelteTesting } from '@testing-library/svelte/vite';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    plugins: [svelteTesting()],
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      // Two cores: keep the pool small so statistical tests don't starve each other.
      maxWorkers: 2,
      testTimeout: 30_000,
      // CI sums the JSON report into one closing line (TOOLCHAIN.md §8).
      reporters: process.env.CI ? ['default', 'json'] : ['default'],
      outputFile: process.env.CI ? { json: '.vitest-results.json' } : undefined,
    },
  }),
);
