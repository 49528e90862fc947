import { Fragment } from 'react';
import type { Sentence } from '../../../geo/schema/telegram-schema';
import type { Mention } from '../../domain/mention-matcher';

/** A sentence's text cut into plain runs and mentions, in order; line breaks of the source become <br>. */
export function splitByMentions(text: string, mentions: readonly Mention[]): ({ text: string } | { text: string; mention: Mention })[] {
  const parts: ({ text: string } | { text: string; mention: Mention })[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start > at) parts.push({ text: text.slice(at, mention.start) });
    parts.push({ text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

function WithLineBreaks({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}

export interface SentenceTextProps {
  sentence: Sentence;
  mentions: readonly Mention[];
  renderMention: (mention: Mention, text: string) => React.ReactNode;
}

export function SentenceText({ sentence, mentions, renderMention }: SentenceTextProps) {
  return (
    <>
      {splitByMentions(sentence.text, mentions).map((part, index) =>
        'mention' in part ? <Fragment key={index}>{renderMention(part.mention, part.text)}</Fragment> : <WithLineBreaks key={index} text={part.text} />,
      )}
    </>
  );
}
