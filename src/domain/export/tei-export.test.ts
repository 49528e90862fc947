import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Place } from '../../../geo/schema/place-schema';
import { describe, expect, it } from 'vitest';
import { loadExportSources } from '../../../geo/build/exports';
import { findMentions } from '../mention-matcher';
import { telegramPlainText } from '../telegram-text';
import { exportCredits } from './credits';
import { locationXml, sentenceXml, telegramTei } from './tei-export';

const { telegram, places } = loadExportSources(new URL('../../../geo', import.meta.url).pathname);
const mentions = findMentions(telegram, places);
const credits = exportCredits(telegram.source, 'GSHHG (Wessel &amp; Smith 1996)');
const xml = telegramTei(telegram, places, mentions, credits);

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
function textContent(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('the TEI export', () => {
  it('is well-formed XML with a TEI root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }) .parse(xml) as Record<string, { '@_xmlns'?: string }>;
    expect(parsed.TEI?.['@_xmlns']).toBe('http://www.tei-c.org/ns/1.0');
  });

  it('has one <placeName ref cert> per mention, each pointing at a <place> of the listPlace', () => {
    const refs = [...xml.matchAll(/<placeName ref="#([^"]+)" cert="(high|medium|low|unknown)">/g)].map((match) => match[1]);
    expect(refs).toHaveLength(mentions.length);
    expect(refs).toEqual(mentions.map((mention) => mention.placeId));
    const declared = new Set([...xml.matchAll(/<place xml:id="([^"]+)"/g)].map((match) => match[1]));
    expect(declared.size).toBe(places.length);
    expect(refs.every((ref) => declared.has(ref))).toBe(true);
    expect(xml).toContain('<placeName ref="#tok-heiri" cert="unknown">Tok-heiri</placeName>');
  });

  it('keeps the text: with the tags stripped, <text> reads as the telegram (modulo whitespace)', () => {
    const text = /<text>([\s\S]*)<\/text>/.exec(xml)?.[1] ?? '';
    expect(squash(textContent(text))).toBe(squash(telegramPlainText(telegram)));
  });

  it('tags the dates the telegram writes', () => {
    for (const tagged of [
      '<date when="1951-01-04">4 January</date>',
      '<date when="1951-01-03">3 January</date>',
      '<date when="1951-01-05T00:00:00">24:00 4.1</date>',
      '<date when="1951-01-07">7.1</date>',
      '<date when="1951-01-08">8.1.1951</date>',
      '<date when="1951-01-07">7.1.51</date>',
    ]) {
      expect(xml).toContain(tagged);
    }
  });

  it('cites the source in the header and gives coordinates latitude first', () => {
    const header = /<teiHeader>[\s\S]*<\/teiHeader>/.exec(xml)?.[0] ?? '';
    expect(textContent(header)).toContain(telegram.source.citation);
    expect(header).toContain('<sourceDesc>');
    expect(header).toMatch(/<availability>\s*<licence>The English translation \(the text of &lt;text&gt;\) is published by the Wilson Center Digital Archive, document 111207, under the archive's terms/);
    expect(header).toContain('<licence target="https://creativecommons.org/licenses/by/4.0/">');
    expect(header.match(/<respStmt>/g)).toHaveLength(2);
    expect(header).toContain('Wessel &amp; Smith');
    const seoul = /<place xml:id="seoul"[\s\S]*?<geo>([\d.]+) ([\d.]+)<\/geo>/.exec(xml);
    expect(Number(seoul?.[1])).toBeCloseTo(37.57, 1);
    expect(Number(seoul?.[2])).toBeCloseTo(126.98, 1);
  });
});

describe('sentenceXml', () => {
  const cert = (): string => 'high';
  it.each([
    ['escapes markup characters', { id: 's', text: 'A & B <C> "D"' }, [], '<s n="s">A &amp; B &lt;C&gt; &quot;D&quot;</s>'],
    [
      'wraps a mention and a date',
      { id: 's', text: 'Seoul on 4 January.' },
      [{ placeId: 'seoul', sentenceId: 's', start: 0, end: 5, text: 'Seoul' }],
      '<s n="s"><placeName ref="#seoul" cert="high">Seoul</placeName> on <date when="1951-01-04">4 January</date>.</s>',
    ],
    [
      'lets a place name win over a date inside it',
      { id: 's', text: 'Camp 4 January' },
      [{ placeId: 'camp', sentenceId: 's', start: 0, end: 14, text: 'Camp 4 January' }],
      '<s n="s"><placeName ref="#camp" cert="high">Camp 4 January</placeName></s>',
    ],
  ])('%s', (_name, sentence, sentenceMentions, expected) => {
    expect(sentenceXml(sentence, sentenceMentions, cert)).toBe(expected);
  });
});

describe('locationXml', () => {
  const square: Place['geometry'] = { type: 'Polygon', coordinates: [[[126.8, 37.5], [127, 37.5], [127, 37.6], [126.8, 37.6], [126.8, 37.5]]] };
  it.each<[string, Pick<Place, 'id' | 'geometry' | 'confidence'>, string]>([
    ['a point, latitude first', { id: 'p', geometry: { type: 'Point', coordinates: [126.9767, 37.5689] }, confidence: 'high' }, '<location><geo>37.5689 126.9767</geo></location>'],
    ['a line by its representative point', { id: 'l', geometry: { type: 'LineString', coordinates: [[127, 37], [127, 38]] }, confidence: 'high' }, '<location type="representative-point"><geo>37.5 127</geo></location>'],
    ['an unidentified place by its area, never a point', { id: 'a', geometry: square, confidence: 'unidentified' }, '<location type="area"><geo>37.5 126.8, 37.5 127, 37.6 127, 37.6 126.8, 37.5 126.8</geo></location>'],
  ])('%s', (_name, place, expected) => {
    expect(locationXml(place)).toBe(expected);
  });
});
