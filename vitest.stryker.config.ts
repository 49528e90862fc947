import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

// Mutation testing runs the covering unit tests once per mutant. Left out: the tests of the data build
// (geo/build/), which validate and write the whole dataset for seconds per run; they test the data and the
// files, and the domain functions they call have unit tests of their own. With them the run takes hours on two
// cores, without them under an hour.
export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ['geo/build/**', 'node_modules/**'] },
  }),
);
