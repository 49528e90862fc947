import { describe, expect, it } from 'vitest';
import type { Telegram } from '../../geo/schema/telegram-schema';
import { findMentions, findNames, namePatterns } from './mention-matcher';
import { foldName } from './normalise';

const places = [
  { id: 'incheon', variants: [{ toponym: 'Jemulpo [Incheon]' }, { toponym: 'Jemulpo' }, { toponym: 'Inch’ŏn' }, { toponym: '仁川' }] },
  { id: 'han', variants: [{ toponym: 'Han-gang' }, { toponym: 'Han River' }] },
  { id: 'heukseok', variants: [{ toponym: 'Kokusekiri' }] },
  { id: 'hoengseong', variants: [{ toponym: 'Odzio' }, { toponym: 'Ōjō' }] },
].map((place) => ({ ...place, variants: place.variants.map((variant) => ({ ...variant, lang: 'en' })) }));
const patterns = namePatterns(places);

function spellings(text: string): string[] {
  return findNames(text, patterns).map(({ start, end, placeIds }) => `${placeIds.join('|')}:${text.slice(start, end)}`);
}

describe('foldName', () => {
  it.each([
    ["Inch'ŏn", 'inchon'],
    ['Inch’ŏn', 'inchon'],
    ['ŌJŌ', 'ojo'],
    ['Han‑gang', 'hangang'],
    ['Tok-heiri', 'tokheiri'],
    ['  Han   River ', 'han river'],
  ])('%s -> %s', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });
});

describe('findNames', () => {
  it.each([
    ['to use the port at Jemulpo [Incheon] for supply', ['incheon:Jemulpo [Incheon]']],
    ['the south bank of the Han-gang river', ['han:Han-gang']],
    ['runs through Kokusekiri, Yongsan', ['heukseok:Kokusekiri']],
    ['in the region of Hongcheon, Odzio, and afterwards', ['hoengseong:Odzio']],
    ['HAN RIVER and han-gang and Han–gang', ['han:HAN RIVER', 'han:han-gang', 'han:Han–gang']],
    ['Ojo, Ōjō and ojo', ['hoengseong:Ojo', 'hoengseong:Ōjō', 'hoengseong:ojo']],
    ['仁川港', []], // CJK has no word spaces; whole-word matching deliberately leaves compounds alone
    ['Kokusekirin and Hangang-ri are other words', []],
    ['Jemulpo alone', ['incheon:Jemulpo']],
  ])('%s', (text, expected) => {
    expect(spellings(text)).toEqual(expected);
  });

  it('keeps every place of a spelling that serves two', () => {
    const shared = namePatterns([...places, { id: 'other', variants: [{ toponym: 'Odzio', lang: 'en' }] }]);
    expect(findNames('Hongcheon, Odzio', shared).map((name) => name.placeIds)).toEqual([['hoengseong', 'other']]);
  });
});

/** A two-sentence document for the mention tests; `mentions` is its list of mentions identified on their own. */
function documentWith(mentions: Telegram['mentions']): Telegram {
  return {
    source: { title: 't', date: '1951-01-08', archive: 'a', collection: 'c', documentId: '1', ref: 'doc', url: 'https://example.org/1', language: 'en', citation: 'c' },
    blocks: [
      { id: 'b1', part: 'order', role: 'paragraph', sentences: [{ id: 's1', text: 'The area of Jemulpo, Gimpo, Iokhei.' }, { id: 's2', text: 'Take the airport at Gimpo, then Gimpo again.' }] },
    ],
    ...(mentions === undefined ? {} : { mentions }),
  };
}
const gazetteer = [
  { id: 'incheon', variants: [{ toponym: 'Jemulpo', lang: 'en' }] },
  { id: 'gimpo', variants: [{ toponym: 'Gimpo', lang: 'en' }] },
  { id: 'gimpo-airfield', variants: [{ toponym: 'Gimpo', lang: 'en' }, { toponym: 'airport at Gimpo', lang: 'en' }] },
  { id: 'yangpyeong', variants: [{ toponym: 'Iokhei', lang: 'en' }] },
];
const mentionsOf = (document: Telegram): string[] => findMentions(document, gazetteer).map((mention) => `${mention.sentenceId}:${mention.text}=${mention.placeId}${mention.identification?.confidence === undefined ? '' : `(${mention.identification.confidence})`}`);

describe('findMentions: one place per mention', () => {
  it('lets each mention of a shared spelling name its own place, by sentence and occurrence', () => {
    const document = documentWith([
      { sentenceId: 's1', spelling: 'Gimpo', place: 'gimpo' },
      { sentenceId: 's2', spelling: 'Gimpo', occurrence: 1, place: 'gimpo-airfield' },
      { sentenceId: 's1', spelling: 'Iokhei', place: 'yangpyeong', confidence: 'medium' },
    ]);
    expect(mentionsOf(document)).toEqual(['s1:Jemulpo=incheon', 's1:Gimpo=gimpo', 's1:Iokhei=yangpyeong(medium)', 's2:airport at Gimpo=gimpo-airfield', 's2:Gimpo=gimpo-airfield']);
  });

  it.each([
    ['a shared spelling left unidentified', [{ sentenceId: 's1', spelling: 'Gimpo', place: 'gimpo' }], /"Gimpo" is a spelling of gimpo and gimpo-airfield: identify this mention/],
    ['a mention given a place the spelling does not belong to', [{ sentenceId: 's1', spelling: 'Iokhei', place: 'gimpo' }, { sentenceId: 's1', spelling: 'Gimpo', place: 'gimpo' }, { sentenceId: 's2', spelling: 'Gimpo', place: 'gimpo-airfield' }], /"Iokhei" is not a spelling of "gimpo"/],
    ['an identification that matches no mention', [{ sentenceId: 's1', spelling: 'Gimpo', place: 'gimpo' }, { sentenceId: 's2', spelling: 'Gimpo', place: 'gimpo-airfield' }, { sentenceId: 's1', spelling: 'Suien', place: 'gimpo' }], /no mention "Suien" in sentence "s1"/],
  ])('fails on %s', (_name, mentions, message) => {
    expect(() => findMentions(documentWith(mentions as Telegram['mentions']), gazetteer)).toThrow(message);
  });
});
