import { parseTermMarkup } from '../../domain/term-markup';
import { Term } from './term';

/** Text from the data with its {{term-id|words}} marks shown as glossary terms. */
export function TermText({ text }: { text: string }) {
  return (
    <>
      {parseTermMarkup(text).map((piece, index) =>
        piece.kind === 'text' ? <span key={index}>{piece.text}</span> : <Term key={index} id={piece.termId}>{piece.text}</Term>,
      )}
    </>
  );
}
