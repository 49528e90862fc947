import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The benchmark's floor for "text first": the telegram's text and its place names as one plain HTML page with a
 * search box, no script. The same DOM marks as the app (`.telegram`, `.mention`, a combobox) so one probe
 * measures both.
 */
interface Sentence {
  id: string;
  text: string;
}
interface Mention {
  sentenceId: string;
  start: number;
  end: number;
  placeId: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeStaticTextPage(dataDir: string, outDir: string): void {
  const telegram = JSON.parse(readFileSync(join(dataDir, 'telegram.json'), 'utf8')) as { blocks: { sentences: Sentence[] }[] };
  const mentions = JSON.parse(readFileSync(join(dataDir, 'mentions.json'), 'utf8')) as Mention[];
  const sentenceHtml = (sentence: Sentence): string => {
    let html = '';
    let at = 0;
    for (const mention of mentions.filter((candidate) => candidate.sentenceId === sentence.id).sort((a, b) => a.start - b.start)) {
      html += escape(sentence.text.slice(at, mention.start));
      html += `<button type="button" class="mention" data-place-id="${mention.placeId}">${escape(sentence.text.slice(mention.start, mention.end))}</button>`;
      at = mention.end;
    }
    return `${html}${escape(sentence.text.slice(at))}`.replace(/\n/g, '<br>');
  };
  const body = telegram.blocks.map((block) => `<p>${block.sentences.map(sentenceHtml).join(' ')}</p>`).join('\n');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>The order of 4 January 1951 (text)</title></head>
<body><header><input role="combobox" aria-label="Search places" placeholder="Search places"></header>
<article class="telegram">${body}</article></body></html>\n`,
  );
}
