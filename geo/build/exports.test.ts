import { describe, expect, it } from 'vitest';
import { buildOutputPath, EXPORT_FILES } from '../../src/domain/export/export-files';
import { buildExports, loadExportSources } from './exports';

describe('buildExports', () => {
  const files = buildExports(loadExportSources(new URL('..', import.meta.url).pathname));

  it('writes every static export the Export menu links to (the LPF gazetteer is written by build-data)', () => {
    const linked = Object.values(EXPORT_FILES).filter((file) => file.startsWith('data/exports/'));
    const sidecars = linked.filter((file) => file.endsWith('.csv') && file.includes('/gis/')).map((file) => file.replace(/\.csv$/, '.csvt'));
    expect(Object.keys(files).sort()).toEqual([...linked, ...sidecars].map(buildOutputPath).sort());
  });

  it('puts the telegram citation and the basemap attribution (as plain text) in every file', () => {
    // Not the .csvt type sidecars, nor the table of unplaced outcome events, which cites its own sources per row.
    const bibliographies = [EXPORT_FILES.bibliographyCsl, EXPORT_FILES.bibtex].map(buildOutputPath);
    const cited = Object.entries(files).filter(([name]) => !name.endsWith('.csvt') && name !== buildOutputPath(EXPORT_FILES.gisOutcomeUnplaced));
    expect(cited.length).toBeGreaterThan(8);
    for (const [name, text] of cited) {
      // The bibliographies hold the telegram as one entry among the works (BibTeX @misc has no container field).
      if (!bibliographies.includes(name)) expect(text, name).toContain('Wilson Center Digital Archive');
      expect(text, name).toContain('https://digitalarchive.wilsoncenter.org/document/111207');
    }
    expect(files[buildOutputPath(EXPORT_FILES.geojson)]).toContain('"attribution":"Coast, lakes, rivers: GSHHG 2.3.7 (Wessel & Smith 1996)');
  });
});
