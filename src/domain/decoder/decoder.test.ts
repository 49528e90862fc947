import { describe, expect, it } from 'vitest';
import { createDecoder } from './decoder';
import type { DecoderData, DecoderPlace } from './decoder-types';

// Readings as Unihan 15 gives them (kJapaneseOn, kHangul) for the few characters used here.
const chars: DecoderData['chars'] = {
  橫: { on: ['ou', 'kou'], ko: ['횡'] },
  城: { on: ['jou'], ko: ['성'] },
  王: { on: ['ou'], ko: ['왕'] },
  上: { on: ['jou', 'shou'], ko: ['상'] },
  外: { on: ['gai', 'ge'], ko: ['외'] },
  里: { on: ['ri'], ko: ['리'] },
  龍: { on: ['ryou', 'ryuu'], ko: ['룡', '용'] },
  山: { on: ['san', 'sen'], ko: ['산'] },
};

function place(id: string, hanja: string, lon: number | null, lat: number | null, source: DecoderPlace['source'] = 'geonames'): DecoderPlace {
  return { id, name: id, hanja, hangul: null, lat, lon, source, note: 'test fixture', hanjaBasis: 'recorded' };
}

const data: DecoderData = {
  chars,
  fold: { 横: '橫' },
  places: [
    place('hoengseong', '横城', 127.98, 37.49, 'gazetteer'),
    place('wangsang-east', '王上', 128.5, 37.5),
    place('wangsang-west', '王上', 126.9, 37.5),
    place('oe-ri', '外里', null, null, 'villages'),
    place('yongsan', '龍山', 126.96, 37.53),
  ],
};
const decoder = createDecoder(data);
const westArea = [[[[126.8, 37.4], [127.0, 37.4], [127.0, 37.6], [126.8, 37.6], [126.8, 37.4]] as [number, number][]]];

describe('createDecoder', () => {
  it('reads a Soviet spelling through the whole chain to the place (shinjitai folded to the Korean form)', () => {
    const best = decoder.decode('Odzio').candidates[0];
    expect(best?.place?.id).toBe('hoengseong');
    expect(best?.hangul).toBe('횡성');
    expect(best?.rr).toBe('Hoengseong');
    expect(best?.japanese).toBe('Ōjō');
    expect(best?.cyrillic).toBe('одзё');
    expect(best?.readingDistance).toBe(0);
    expect(best?.chain.map((step) => step.step)).toEqual(['latin-to-cyrillic', 'cyrillic-to-japanese', 'japanese-to-hanja', 'hanja-to-korean', 'korean-to-place']);
  });

  it('names the weakest step: the one with the most doubt', () => {
    for (const candidate of decoder.decode('Odzio').candidates) {
      expect(candidate.weakest.doubt).toBe(Math.max(...candidate.chain.map((step) => step.doubt)));
    }
  });

  it('breaks a tie in reading by the fit to the area, and reports both numbers', () => {
    const [first, second] = decoder.decode('Odzio', { area: westArea, excludeSources: ['gazetteer'] }).candidates;
    expect(first?.place?.id).toBe('wangsang-west');
    expect(first?.areaKm).toBe(0);
    expect(second?.place?.id).toBe('wangsang-east');
    expect(second?.areaKm).toBeGreaterThan(100);
    expect(first?.readingDistance).toBe(second?.readingDistance);
  });

  it('reads pre-1946 kana gwa for a character with a Korean w-glide (外 외 = gwai)', () => {
    const candidate = decoder.decode('Gvairi').candidates.find((c) => c.place?.id === 'oe-ri');
    expect(candidate?.readingDistance).toBeLessThan(0.15); // only the costs of в read as w and of the old kana
    expect(candidate?.chain[1]?.why).toContain('pre-1946 kana');
    expect(candidate?.weakest.step).toBe('korean-to-place'); // the village has no sourced coordinate
  });

  it('applies the initial-sound rule when it reads the Hangul from the characters', () => {
    const candidate = decoder.decode('Riuzan').candidates.find((c) => c.place?.id === 'yongsan');
    expect(candidate?.hangul).toBe('용산');
    expect(candidate?.chain[3]?.why).toContain('initial-sound rule');
  });

  it('can leave a source out, and offers unplaced Hanja only marked as such', () => {
    const result = decoder.decode('Odzio', { excludeSources: ['gazetteer', 'geonames'] });
    expect(result.candidates.some((c) => c.place?.source === 'gazetteer')).toBe(false);
    const free = result.candidates.filter((c) => c.place === null);
    expect(free.length).toBeGreaterThan(0);
    for (const candidate of free) expect(candidate.weakest.step).toBe('korean-to-place');
  });

  it('returns at most the limit, and nothing for an empty spelling', () => {
    expect(decoder.decode('Odzio', { limit: 2 }).candidates.length).toBeLessThanOrEqual(2);
    expect(decoder.decode('').candidates).toEqual([]);
  });
});
