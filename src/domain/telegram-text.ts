import type { Block, Sentence, Telegram } from '../../geo/schema/telegram-schema';

/** The document's sentences by their stored ids. */
export function sentencesById(telegram: Pick<Telegram, 'blocks'>): Map<string, Sentence> {
  return new Map(telegram.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence] as const)));
}

/** The block as printed: its label ("1.", "a)") followed by its sentences. */
export function blockText(block: Block): string {
  const body = block.sentences.map((sentence) => sentence.text).join(' ');
  return block.label === undefined ? body : `${block.label} ${body}`;
}

/**
 * The whole document as plain text, one paragraph per block, with the quotation marks that open and close the
 * quoted order restored from the structure. Used to check the data against the source and for exports.
 */
export function telegramPlainText(telegram: Telegram): string {
  const orderBlocks = telegram.blocks.filter((block) => block.part === 'order');
  const first = orderBlocks[0];
  const last = orderBlocks.at(-1);
  return telegram.blocks
    .map((block) => {
      let text = blockText(block);
      if (block === first) text = `"${text}`;
      if (block === last) text = `${text}"`;
      return block.heading === undefined ? text : `${block.heading}\n\n${text}`;
    })
    .join('\n\n');
}
