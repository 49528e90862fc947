import { Term } from './term';

/** Language tags whose script or romanization has a glossary note (both tags used for McCune-Reischauer). */
const TERM_FOR_TAG: Record<string, string> = {
  'ko-Latn-mr': 'mccune-reischauer',
  'ko-Latn-alalc97': 'mccune-reischauer',
  'ko-Latn': 'revised-romanization',
  'ko-Hani': 'hanja',
  'ja-Latn': 'japanese-reading',
};

/** The name of a spelling's script, with its glossary note where there is one. */
export function ScriptName({ lang, name }: { lang: string; name: string }) {
  const termId = TERM_FOR_TAG[lang];
  return termId === undefined ? <>{name}</> : <Term id={termId}>{name}</Term>;
}
