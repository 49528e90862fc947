/** What `ogrinfo -ro -al -so` says about each layer of a file: how QGIS will see it. */
export interface OgrLayerSummary {
  name: string;
  geometry: string;
  featureCount: number;
  /** Field name -> OGR type ("DateTime", "String", "Integer(Boolean)", ...). */
  fields: Record<string, string>;
}

const FIELD = /^(\S+): (\S+) \(\d+\.\d+\)$/;

/** Parses ogrinfo's summary output (GDAL 3.x); fields are the lines after the SRS block. */
export function parseOgrSummary(output: string): OgrLayerSummary[] {
  const layers: OgrLayerSummary[] = [];
  let current: OgrLayerSummary | undefined;
  for (const line of output.split('\n')) {
    const name = /^Layer name: (.*)$/.exec(line);
    if (name !== null) {
      current = { name: name[1] ?? '', geometry: '', featureCount: Number.NaN, fields: {} };
      layers.push(current);
      continue;
    }
    if (current === undefined) continue;
    const geometry = /^Geometry: (.*)$/.exec(line);
    if (geometry !== null) current.geometry = geometry[1] ?? '';
    const count = /^Feature Count: (\d+)$/.exec(line);
    if (count !== null) current.featureCount = Number(count[1]);
    const field = FIELD.exec(line);
    if (field !== null && field[1] !== undefined && field[2] !== undefined) current.fields[field[1]] = field[2];
  }
  return layers;
}
