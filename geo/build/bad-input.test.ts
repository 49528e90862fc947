import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../schema/outcome-schema';
import type { Place } from '../schema/place-schema';
import type { GeometrySpec, Statement, Unit } from '../schema/situation-schema';
import type { Telegram } from '../schema/telegram-schema';
import { build } from './build-data';
import { DataError } from './validate';

/**
 * Each case corrupts one thing in a fresh copy of geo/ and runs the whole data build on it: the build must stop
 * with a DataError naming the file, the record and the field, never a stack trace or a silent pass.
 */
const GEO = fileURLToPath(new URL('..', import.meta.url));

function edit<T>(geoDir: string, file: string, change: (json: T) => void): void {
  const path = join(geoDir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

function nth<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`the fixture has no item ${index}`);
  return item;
}

/** The first statement part of a type, to corrupt in place. */
function firstSpec<K extends GeometrySpec['type']>(json: { statements: Statement[] }, type: K): Extract<GeometrySpec, { type: K }> {
  for (const statement of json.statements) {
    const spec = statement.geometry.find((candidate): candidate is Extract<GeometrySpec, { type: K }> => candidate.type === type);
    if (spec !== undefined) return spec;
  }
  throw new Error(`no ${type} geometry in the fixture`);
}

type Statements = { statements: Statement[] };
type Units = { units: Unit[] };
type Events = { events: OutcomeEvent[] };

interface Case {
  name: string;
  corrupt: (geoDir: string) => void;
  file: string;
  record: string;
  field: string;
  message: RegExp;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(join(GEO, file), 'utf8')) as T;
const FIRST_BLOCK_ID = nth(read<Telegram>('telegram/telegram.json').blocks, 0).id;
const SEOUL_VARIANTS = read<Place>('places/seoul.json').variants.length;
const ODZIO_VARIANT = read<Place>('places/hoengseong.json').variants.findIndex((variant) => variant.toponym === 'Odzio');

const BOW_TIE: [number, number][][] = [[[126.9, 37.4], [127.1, 37.6], [127.1, 37.4], [126.9, 37.6], [126.9, 37.4]]];
const FLAT: [number, number][][] = [[[126.9, 37.4], [127.0, 37.5], [127.1, 37.6], [126.9, 37.4]]];

const CASES: Case[] = [
  {
    name: 'an arrow through an unknown place',
    corrupt: (dir) => edit<Statements>(dir, 'situation/statements.json', (json) => {
      firstSpec(json, 'arrow').through[1] = 'atlantis';
    }),
    file: 'situation/statements.json', record: 'enemy-withdraws-to-hongcheon', field: 'geometry[0].through[1]', message: /no place "atlantis" in the gazetteer/,
  },
  {
    name: 'a side label beside a part that is not a line drawn before it',
    corrupt: (dir) => edit<Statements>(dir, 'situation/statements.json', (json) => {
      firstSpec(json, 'side-label').of = 1;
    }),
    file: 'situation/statements.json', record: 'demarcation-line', field: 'geometry[1].of', message: /part 1 is not a line drawn before this label/,
  },
  {
    name: 'a crossing whose river is a city',
    corrupt: (dir) => edit<Statements>(dir, 'situation/statements.json', (json) => {
      firstSpec(json, 'crossing').river = 'seoul';
    }),
    file: 'situation/statements.json', record: 'enemy-withdraws-across-han', field: 'geometry[0].river', message: /"seoul" is a city drawn as a Point, not a river line/,
  },
  {
    name: 'a time written as 24:00 that its sentence does not write',
    corrupt: (dir) => edit<Statements>(dir, 'situation/statements.json', (json) => {
      const written = json.statements.find((statement) => statement.when.written !== undefined)?.when.written;
      if (written !== undefined) nth(written, 0).quote = '24:00 7.1';
    }),
    file: 'situation/statements.json', record: 'order-sent', field: 'when.written[0].quote', message: /sentence "cover-1-1" does not contain "24:00 7.1"/,
  },
  {
    name: 'a name for search that no account of the event writes',
    corrupt: (dir) => edit<Events>(dir, 'outcome/events.json', (json) => {
      const event = json.events.find((candidate) => candidate.alsoNamed !== undefined);
      if (event?.alsoNamed !== undefined) event.alsoNamed[0] = 'Atlantis';
    }),
    file: 'outcome/events.json', record: 'yangpyeong-yeoju-icheon-occupied', field: 'alsoNamed[0]', message: /no account or source note of this event writes "Atlantis"/,
  },
  {
    name: 'a duplicate unit id',
    corrupt: (dir) => edit<Units>(dir, 'situation/units.json', (json) => {
      nth(json.units, 1).id = nth(json.units, 0).id;
    }),
    file: 'situation/units.json', record: 'cpv-116-division', field: 'id', message: /duplicate unit id/,
  },
  {
    name: 'a unit parent that does not exist',
    corrupt: (dir) => edit<Units>(dir, 'situation/units.json', (json) => {
      nth(json.units, 0).parent = 'nowhere-army';
    }),
    file: 'situation/units.json', record: 'cpv-116-division', field: 'parent', message: /no unit "nowhere-army"/,
  },
  {
    name: 'unit parents that form a cycle',
    corrupt: (dir) => edit<Units>(dir, 'situation/units.json', (json) => {
      nth(json.units, 0).parent = nth(json.units, 1).id;
      nth(json.units, 1).parent = nth(json.units, 0).id;
    }),
    file: 'situation/units.json', record: 'cpv-116-division', field: 'parent', message: /cycle: cpv-116-division -> cpv-117-division -> cpv-116-division/,
  },
  {
    name: 'an unknown commander sentence id',
    corrupt: (dir) => edit<Units>(dir, 'situation/units.json', (json) => {
      const commanders = json.units.find((candidate) => candidate.id === 'right-column')?.commanders ?? [];
      nth(commanders, 0).sentenceId = 'no-such-sentence';
    }),
    file: 'situation/units.json', record: 'right-column', field: 'commanders[0].sentenceId', message: /no sentence "no-such-sentence" in the telegram/,
  },
  {
    name: 'a commander linked to a person who is not in people.json',
    corrupt: (dir) => edit<Units>(dir, 'situation/units.json', (json) => {
      const commanders = json.units.find((candidate) => candidate.id === 'right-column')?.commanders ?? [];
      nth(commanders, 1).person = 'nobody';
    }),
    file: 'situation/units.json', record: 'right-column', field: 'commanders[1].person', message: /no person "nobody" in people.json/,
  },
  {
    name: 'a duplicate block id',
    corrupt: (dir) => edit<Telegram>(dir, 'telegram/telegram.json', (json) => {
      nth(json.blocks, 1).id = nth(json.blocks, 0).id;
    }),
    file: 'telegram/telegram.json', record: FIRST_BLOCK_ID, field: 'id', message: /duplicate block id/,
  },
  {
    name: 'an inTelegram spelling absent from the text',
    corrupt: (dir) => edit<Place>(dir, 'places/seoul.json', (json) => {
      json.variants.push({ toponym: 'Seulopolis', lang: 'en', inTelegram: true });
    }),
    file: 'places/seoul.json', record: 'seoul', field: `variants[${SEOUL_VARIANTS}].toponym`, message: /"Seulopolis" is marked inTelegram but does not occur in the text \(.*telegram\.json\)/,
  },
  {
    name: 'a telegram edit that makes a place\'s only spelling vanish',
    corrupt: (dir) => edit<Telegram>(dir, 'telegram/telegram.json', (json) => {
      for (const block of json.blocks) for (const sentence of block.sentences) sentence.text = sentence.text.replaceAll('Odzio', 'Odz1o');
    }),
    file: 'places/hoengseong.json', record: 'hoengseong', field: `variants[${ODZIO_VARIANT}].toponym`, message: /no spelling of this place marked inTelegram occurs in the text any more \(.*telegram\.json\): "Odzio"/,
  },
  {
    name: 'an outcome that ends before it starts',
    corrupt: (dir) => edit<Events>(dir, 'outcome/events.json', (json) => {
      nth(nth(json.events, 1).versions, 0).date = { start: '1951-01-05', end: '1951-01-03', precision: 'day' };
    }),
    file: 'outcome/events.json', record: 'seoul-abandoned', field: 'versions[0].date.end', message: /1951-01-03 is before the start, 1951-01-05/,
  },
  {
    name: 'an invalid outcome date',
    corrupt: (dir) => edit<Events>(dir, 'outcome/events.json', (json) => {
      nth(nth(json.events, 1).versions, 0).date.end = '1951-13-45';
    }),
    file: 'outcome/events.json', record: 'seoul-abandoned', field: 'versions[0].date.end', message: /"1951-13-45" is not a valid date/,
  },
  {
    name: 'a bow-tie polygon',
    corrupt: (dir) => edit<Place>(dir, 'places/dzinsori.json', (json) => {
      json.geometry = { type: 'Polygon', coordinates: BOW_TIE };
    }),
    file: 'places/dzinsori.json', record: 'dzinsori', field: 'geometry.coordinates', message: /crosses itself/,
  },
  {
    name: 'a zero-area polygon',
    corrupt: (dir) => edit<Place>(dir, 'places/dzinsori.json', (json) => {
      json.geometry = { type: 'Polygon', coordinates: FLAT };
    }),
    file: 'places/dzinsori.json', record: 'dzinsori', field: 'geometry.coordinates', message: /encloses no area/,
  },
  {
    name: 'a place outside the map\'s region (Seoul at [0, 0])',
    corrupt: (dir) => edit<Place>(dir, 'places/seoul.json', (json) => {
      json.geometry = { type: 'Point', coordinates: [0, 0] };
    }),
    file: 'places/seoul.json', record: 'seoul', field: 'geometry.coordinates', message: /\[0, 0\] lies outside the region of the document/,
  },
  {
    name: 'basemap coordinates written as strings',
    corrupt: (dir) => edit<{ features: { geometry: { coordinates: unknown[][][] } }[] }>(dir, 'basemap/out/land-coarse.geojson', (json) => {
      const ring = nth(nth(json.features, 0).geometry.coordinates, 0);
      ring[2] = nth(ring, 2).map(String);
    }),
    file: 'basemap/out/land-coarse.geojson', record: '#0', field: 'features[0].geometry.coordinates[0][2][0]', message: /expected number, received string/,
  },
  {
    name: 'a source citing a work the bibliography does not have',
    corrupt: (dir) => edit<Place>(dir, 'places/seoul.json', (json) => {
      nth(json.sources, 0).ref = 'no-such-work';
    }),
    file: 'places/seoul.json', record: 'seoul', field: 'sources[0].ref', message: /unknown bibliography key "no-such-work"/,
  },
];

function caught(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw new Error(`not a DataError: ${String(error)}`, { cause: error });
  }
  throw new Error('the build passed');
}

describe('npm run data on bad input', () => {
  it('accepts the geo/ it is given unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-good-'));
    cpSync(GEO, dir, { recursive: true });
    expect(Object.keys(build(dir))).toContain('places.json');
  });

  it.each(CASES)('stops on $name, naming file, record and field', ({ corrupt, file, record, field, message }) => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-bad-'));
    cpSync(GEO, dir, { recursive: true });
    corrupt(dir);
    const error = caught(() => build(dir));
    expect({ file: error.file, record: error.recordId, field: error.field }).toEqual({ file: join(dir, file), record, field });
    expect(error.message.startsWith(`${join(dir, file)}: record "${record}": field "${field}": `)).toBe(true);
    expect(error.message).toMatch(message);
  });
});
