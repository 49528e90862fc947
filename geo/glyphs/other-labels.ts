import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Map texts that are not place labels: statement labels and the basemap's river and line names. */
export function otherMapLabels(geoDir: string): string[] {
  const labels: string[] = [];
  const statementsFile = join(geoDir, 'situation', 'statements.json');
  if (existsSync(statementsFile)) {
    const { statements } = JSON.parse(readFileSync(statementsFile, 'utf8')) as { statements: { geometry: { type: string; text?: string }[] }[] };
    for (const statement of statements) for (const spec of statement.geometry) if (spec.type === 'label' && spec.text !== undefined) labels.push(spec.text);
  }
  const basemapDir = join(geoDir, 'basemap', 'out');
  if (existsSync(basemapDir)) {
    for (const name of readdirSync(basemapDir).filter((file) => file.endsWith('.geojson'))) {
      const collection = JSON.parse(readFileSync(join(basemapDir, name), 'utf8')) as { features: { properties: Record<string, unknown> | null }[] };
      for (const feature of collection.features) {
        for (const key of ['name', 'name_ko', 'name_hanja']) {
          const value = feature.properties?.[key];
          if (typeof value === 'string') labels.push(value);
        }
      }
    }
  }
  return labels;
}
