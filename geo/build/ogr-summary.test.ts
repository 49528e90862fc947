import { describe, expect, it } from 'vitest';
import { parseOgrSummary } from './ogr-summary';

// Shape of GDAL 3.6's `ogrinfo -ro -al -so` output, abridged.
const OUTPUT = `INFO: Open of \`telegram-points.geojson'
      using driver \`GeoJSON' successful.

Layer name: telegram-1951-01-04
Geometry: Point
Feature Count: 58
Extent: (116.383000, 37.272200) - (128.896100, 41.795600)
Layer SRS WKT:
GEOGCRS["WGS 84",
    ID["EPSG",4326]]
Data axis to CRS axis mapping: 2,1
id: String (0.0)
start: DateTime (0.0)
end: String (0.0)
open_end: Integer(Boolean) (1.0)
`;

describe('parseOgrSummary', () => {
  it('reads the layer, its geometry, feature count and field types', () => {
    expect(parseOgrSummary(OUTPUT)).toEqual([
      { name: 'telegram-1951-01-04', geometry: 'Point', featureCount: 58, fields: { id: 'String', start: 'DateTime', end: 'String', open_end: 'Integer(Boolean)' } },
    ]);
  });

  it('finds no layer in an error message', () => {
    expect(parseOgrSummary('FAILURE:\nUnable to open datasource `x\' with the following drivers.')).toEqual([]);
  });
});
