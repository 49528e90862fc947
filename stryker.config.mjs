// `npm run mutation`: Stryker mutates the domain, the store and the map contract and runs the unit tests
// against each mutant. Slow (tens of minutes on two cores), so not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants (tables, layer expressions) would each need the whole suite; they are
  // left out of the score (Stryker's "static" mutants) and the README says so.
  ignoreStatic: true,
  concurrency: 2,
  mutate: [
    'src/domain/**/*.ts',
    'src/store/**/*.ts',
    // The URL sync drives window.history and is tested end to end (e2e/), not by unit tests.
    '!src/store/url-sync.ts',
    'src/map/global-state.ts',
    'src/map/time-expressions.ts',
    'src/map/map-adapter.ts',
    'src/map/map-bindings.ts',
    'src/map/map-pointer.ts',
    'src/map/map-status.ts',
    'src/map/legend-lines.ts',
    '!**/*.test.ts',
  ],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  timeoutMS: 20000,
};
