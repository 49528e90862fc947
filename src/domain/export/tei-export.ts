import type { Confidence, Place } from '../../../geo/schema/place-schema';
import type { Block, Sentence, Telegram } from '../../../geo/schema/telegram-schema';
import type { Mention } from '../mention-matcher';
import { placePoint } from '../situation-geometry';
import type { ExportCredits } from './credits';
import { findDates } from './date-spans';
import { coordinate } from './mentions-csv';

const PROJECT_NAME = 'The order of 4 January 1951, on the map';

/** The two sets of terms this file falls under (geo/LICENSE-DATA.md): the archive's for the text, CC BY for the rest. */
const TRANSLATION_TERMS = (collection: string, documentId: string): string =>
  `The English translation (the text of <text>) is published by the ${collection}, document ${documentId}, under the archive's terms, not under the licence below: the archive welcomes reuse for research and educational purposes; some documents may be subject to copyright retained by the rights holders; commercial use needs the permission of its History and Public Policy Program.`;
const MARKUP_TERMS = 'The markup, the gazetteer and the notes of this file are the project\'s data, under CC BY 4.0: attribute "The order of 4 January 1951, on the map" (contributors to telegram-1951-map).';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

/** TEI @cert takes high, medium, low or unknown. */
const CERT: Record<Confidence, string> = { high: 'high', medium: 'medium', low: 'low', unidentified: 'unknown' };

export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** One sentence with its mentions and dates wrapped; the characters between the tags are the sentence's own. */
export function sentenceXml(sentence: Sentence, mentions: readonly Mention[], certOf: (placeId: string) => string): string {
  const spans: Span[] = mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
    open: `<placeName ref="#${mention.placeId}" cert="${certOf(mention.placeId)}">`,
    close: '</placeName>',
  }));
  // A date never splits a place name: the mention wins where they overlap.
  const overlapsName = (start: number, end: number): boolean => spans.some((span) => start < span.end && span.start < end);
  for (const date of findDates(sentence.text)) {
    if (!overlapsName(date.start, date.end)) spans.push({ start: date.start, end: date.end, open: `<date when="${date.when}">`, close: '</date>' });
  }
  spans.sort((a, b) => a.start - b.start);
  let xml = '';
  let at = 0;
  for (const span of spans) {
    xml += escapeXml(sentence.text.slice(at, span.start)) + span.open + escapeXml(sentence.text.slice(span.start, span.end)) + span.close;
    at = span.end;
  }
  return `<s n="${sentence.id}">${xml}${escapeXml(sentence.text.slice(at))}</s>`;
}

type BlockXml = (block: Block, before?: string, after?: string) => string;

function blockRenderer(mentions: readonly Mention[], certOf: (placeId: string) => string): BlockXml {
  const bySentence = new Map<string, Mention[]>();
  for (const mention of mentions) bySentence.set(mention.sentenceId, [...(bySentence.get(mention.sentenceId) ?? []), mention]);
  return (block, before = '', after = '') => {
    const label = block.label === undefined ? '' : `<label>${escapeXml(block.label)}</label> `;
    const heading = block.heading === undefined ? '' : `<label type="field">${escapeXml(block.heading)}</label> `;
    const sentences = block.sentences.map((sentence) => sentenceXml(sentence, bySentence.get(sentence.id) ?? [], certOf)).join(' ');
    return `${heading}${before}${label}${sentences}${after}`;
  };
}

/** Paragraph-level element for a block: headings and datelines only before the first paragraph of their division. */
function element(block: Block, afterParagraph: boolean): string {
  if (!afterParagraph && (block.role === 'heading' || block.role === 'title')) return 'head';
  if (!afterParagraph && block.role === 'dateline') return 'dateline';
  return 'p';
}

function division(blocks: readonly Block[], render: BlockXml, indent: string): string[] {
  let afterParagraph = false;
  return blocks.map((block) => {
    const name = element(block, afterParagraph);
    afterParagraph ||= name === 'p';
    return `${indent}<${name} n="${block.id}">${render(block)}</${name}>`;
  });
}

const CLOSER_ELEMENT: Partial<Record<Block['role'], string>> = { closing: 'salute', signature: 'signed' };

/** The catalogue record, then the telegram: Mao's cover, the quoted order in <quote>, and his closing lines. */
function body(telegram: Telegram, render: BlockXml): string {
  const archive = telegram.blocks.filter((block) => block.part === 'archive');
  const letter = telegram.blocks.filter((block) => block.part !== 'archive');
  const firstOrder = letter.findIndex((block) => block.part === 'order');
  const lastOrder = letter.findLastIndex((block) => block.part === 'order');
  const coverBefore = firstOrder === -1 ? letter : letter.slice(0, firstOrder);
  const order = firstOrder === -1 ? [] : letter.slice(firstOrder, lastOrder + 1);
  const coverAfter = firstOrder === -1 ? [] : letter.slice(lastOrder + 1);
  // The quotation marks around the order are the translation's own characters (telegramPlainText restores them too).
  const orderLines = order.map((block, index) => {
    const open = index === 0 ? '"' : '';
    const close = index === order.length - 1 ? '"' : '';
    return `          <p n="${block.id}">${render(block, open, close)}</p>`;
  });
  const closerLines = coverAfter.map((block) => {
    const name = CLOSER_ELEMENT[block.role];
    return name === undefined ? `          ${render(block)}` : `          <${name} n="${block.id}">${render(block)}</${name}>`;
  });
  return [
    '      <div type="catalogue-record">',
    ...division(archive, render, '        '),
    '      </div>',
    '      <div type="telegram">',
    ...division(coverBefore, render, '        '),
    ...(orderLines.length > 0 ? ['        <quote type="order">', ...orderLines, '        </quote>'] : []),
    ...(closerLines.length > 0 ? ['        <closer>', ...closerLines, '        </closer>'] : []),
    '      </div>',
  ].join('\n');
}

const NAME_LANGUAGES: [keyof Place['names'], string][] = [
  ['rr', 'ko-Latn'],
  ['mr', 'ko-Latn-alalc97'],
  ['hangul', 'ko-Hang'],
  ['hanja', 'ko-Hani'],
  ['japanese', 'ja-Latn'],
  ['russian', 'ru'],
  ['chinese', 'zh-Hani'],
];

/**
 * TEI <geo> is "latitude longitude" (the opposite of GeoJSON). A line gives its representative point; an
 * unidentified place has no point, so its <geo> is the area the text implies, its boundary's vertices comma-separated.
 */
export function locationXml(place: Pick<Place, 'id' | 'geometry' | 'confidence'>): string {
  const pair = ([lon = Number.NaN, lat = Number.NaN]: readonly number[]): string => `${coordinate(lat)} ${coordinate(lon)}`;
  if (place.geometry.type === 'Polygon' && place.confidence === 'unidentified') {
    return `<location type="area"><geo>${(place.geometry.coordinates[0] ?? []).map(pair).join(', ')}</geo></location>`;
  }
  return `<location${place.geometry.type === 'Point' ? '' : ' type="representative-point"'}><geo>${pair(placePoint(place))}</geo></location>`;
}

function placeXml(place: Place): string {
  if (!/^[A-Za-z_][\w.-]*$/.test(place.id)) throw new Error(`place id "${place.id}" is not a valid xml:id`);
  const names = NAME_LANGUAGES.flatMap(([key, lang]) => {
    const name = place.names[key];
    return name === null || name === undefined ? [] : [`<placeName xml:lang="${lang}">${escapeXml(name)}</placeName>`];
  });
  const spellings = place.variants.filter((variant) => variant.inTelegram === true).map((variant) => `<placeName type="as-written">${escapeXml(variant.toponym)}</placeName>`);
  const location = locationXml(place);
  return `      <place xml:id="${place.id}" type="${place.kind}" cert="${CERT[place.confidence]}"><placeName>${escapeXml(place.title)}</placeName>${names.join('')}${spellings.join('')}${location}<note>${escapeXml(place.rationale)}</note></place>`;
}

/** TEI P5 of the telegram: the text with its place names and dates tagged, the gazetteer as a <listPlace>. */
export function telegramTei(telegram: Telegram, places: readonly Place[], mentions: readonly Mention[], credits: ExportCredits): string {
  const certs = new Map(places.map((place) => [place.id, CERT[place.confidence]]));
  const render = blockRenderer(mentions, (placeId) => certs.get(placeId) ?? 'unknown');
  const source = telegram.source;
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>${escapeXml(source.title)}</title>
        <respStmt>
          <resp>publication of the English translation of the Russian original</resp>
          <orgName>${escapeXml(source.collection)}</orgName>
        </respStmt>
        <respStmt>
          <resp>TEI encoding, place-name and date markup, gazetteer (generated by npm run data)</resp>
          <name>${escapeXml(PROJECT_NAME)}</name>
        </respStmt>
      </titleStmt>
      <publicationStmt>
        <authority>${escapeXml(PROJECT_NAME)}</authority>
        <availability>
          <licence>${escapeXml(TRANSLATION_TERMS(source.collection, source.documentId))}</licence>
          <licence target="${CC_BY}">${escapeXml(MARKUP_TERMS)}</licence>
        </availability>
      </publicationStmt>
      <sourceDesc>
        <bibl>
          <title>${escapeXml(source.title)}</title>
          <date when="${source.date}"/>
          <distributor>${escapeXml(source.collection)}</distributor>
          <idno type="archive">${escapeXml(source.archive)}</idno>
          <idno type="document">${escapeXml(source.documentId)}</idno>
          <ref target="${escapeXml(source.url)}">${escapeXml(source.url)}</ref>
          <note type="citation">${escapeXml(credits.citation)}</note>
          <note type="language">${escapeXml(source.language)}</note>
        </bibl>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <geoDecl datum="WGS84">geo: latitude and longitude in decimal degrees, in that order; location type="area" (an unidentified place) gives the vertices of the area the text implies, comma-separated; type="representative-point" a point on a line or area</geoDecl>
      <p>placeName/@cert is the gazetteer's confidence in the identification (unidentified: unknown). date/@when gives the dates the text writes in ISO 8601, each in its writer's clock, with the text's own wording as the element's content: "24:00 4.1", the end of 4 January, is when="1951-01-05T00:00:00". The gazetteer is a listPlace in standOff, the Guidelines' container for annotation kept apart from the text; placeName/@ref points into it. The map's coastline and rivers (not part of this file): ${escapeXml(credits.attribution)}</p>
    </encodingDesc>
  </teiHeader>
  <standOff>
    <listPlace>
${places.map(placeXml).join('\n')}
    </listPlace>
  </standOff>
  <text>
    <body>
${body(telegram, render)}
    </body>
  </text>
</TEI>
`;
}
