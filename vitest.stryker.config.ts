import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

// Mutation testing runs the unit tests many times: leave out the one that spawns `npm run data` as a subprocess
// (it tests the command line, not the mutated code, and costs seconds per run).
export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['geo/build/dataset.test.ts', 'node_modules/**'] },
  }),
);
