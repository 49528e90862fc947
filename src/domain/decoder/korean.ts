/**
 * Step 4: Hanja -> Korean. The Hangul reading of each character (recorded by the place's source, else the
 * usual Unihan reading), the initial-sound rule (두음법칙) for the first syllable, and two romanizations:
 * Revised Romanization (2000) and McCune-Reischauer, both with the common sound changes at syllable joins.
 */

const INITIALS = ['ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'] as const;
const VOWELS_RR = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const VOWELS_MR = ['a', 'ae', 'ya', 'yae', 'ŏ', 'e', 'yŏ', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wŏ', 'we', 'wi', 'yu', 'ŭ', 'ŭi', 'i'];
// Finals by their sound (the 7 final sounds), index = jongseong index 0..27
const FINAL_SOUND = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
const INITIAL_RR: Record<string, string> = {
  ㄱ: 'g', ㄲ: 'kk', ㄴ: 'n', ㄷ: 'd', ㄸ: 'tt', ㄹ: 'r', ㅁ: 'm', ㅂ: 'b', ㅃ: 'pp', ㅅ: 's', ㅆ: 'ss', ㅇ: '', ㅈ: 'j', ㅉ: 'jj', ㅊ: 'ch', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 'h',
};
const INITIAL_MR_VOICELESS: Record<string, string> = {
  ㄱ: 'k', ㄲ: 'kk', ㄴ: 'n', ㄷ: 't', ㄸ: 'tt', ㄹ: 'r', ㅁ: 'm', ㅂ: 'p', ㅃ: 'pp', ㅅ: 's', ㅆ: 'ss', ㅇ: '', ㅈ: 'ch', ㅉ: 'tch', ㅊ: "ch'", ㅋ: "k'", ㅌ: "t'", ㅍ: "p'", ㅎ: 'h',
};
const VOICED_MR: Record<string, string> = { ㄱ: 'g', ㄷ: 'd', ㅂ: 'b', ㅈ: 'j' };
const Y_OR_I = new Set([2, 3, 6, 7, 12, 17, 20]); // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ

interface Syllable {
  initial: string;
  vowel: number;
  final: number;
}

function split(char: string): Syllable | null {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0xac00 || code > 0xd7a3) return null;
  const offset = code - 0xac00;
  return { initial: INITIALS[Math.floor(offset / 588)] ?? 'ㅇ', vowel: Math.floor((offset % 588) / 28), final: offset % 28 };
}

function join(syllable: Syllable): string {
  const initialIndex = INITIALS.indexOf(syllable.initial as (typeof INITIALS)[number]);
  return String.fromCodePoint(0xac00 + initialIndex * 588 + syllable.vowel * 28 + syllable.final);
}

/** 두음법칙: a word-initial ㄹ becomes ㄴ (ㅇ before i/y), a word-initial ㄴ before i/y becomes ㅇ (龍山 룡산 -> 용산). */
export function initialSoundRule(hangul: string): string {
  const first = hangul[0];
  const syllable = first === undefined ? null : split(first);
  if (syllable === null) return hangul;
  if (syllable.initial === 'ㄹ') syllable.initial = Y_OR_I.has(syllable.vowel) ? 'ㅇ' : 'ㄴ';
  else if (syllable.initial === 'ㄴ' && Y_OR_I.has(syllable.vowel)) syllable.initial = 'ㅇ';
  else return hangul;
  return join(syllable) + hangul.slice(1);
}

/** Romanizes one word (no generic suffix): liaison, nasal assimilation and ㄹ changes at syllable joins. */
function romanizeWord(hangul: string, system: 'rr' | 'mr'): string {
  const syllables = [...hangul].map(split);
  let out = '';
  let previousFinal = '';
  syllables.forEach((syllable, index) => {
    if (syllable === null) return;
    const previous = index > 0 ? syllables[index - 1] : null;
    const next = syllables[index + 1] ?? null;
    let initial = syllable.initial;
    // ㄹ after a final other than ㄹ or ㄴ is read ㄴ (종로 Jongno); after ㄴ both become ㄹ (신라 Silla)
    if (initial === 'ㄹ' && previousFinal !== '' && previousFinal !== 'l' && previousFinal !== 'n') initial = 'ㄴ';
    let onset: string;
    if (system === 'rr') onset = initial === 'ㄹ' && previousFinal === 'l' ? 'l' : INITIAL_RR[initial] ?? '';
    else {
      const voiced = previous !== null && (previousFinal === '' || ['n', 'm', 'ng', 'l'].includes(previousFinal));
      onset = initial === 'ㄹ' && previousFinal === 'l' ? 'l' : voiced ? VOICED_MR[initial] ?? INITIAL_MR_VOICELESS[initial] ?? '' : INITIAL_MR_VOICELESS[initial] ?? '';
    }
    const vowel = (system === 'rr' ? VOWELS_RR : VOWELS_MR)[syllable.vowel] ?? '';
    let coda = FINAL_SOUND[syllable.final] ?? '';
    const nextInitial = next?.initial;
    if (next && coda !== '') {
      if (nextInitial === 'ㅇ' && syllable.final !== 21) {
        // liaison: the final is carried over as the next onset (its own letter, not the neutralised sound)
        coda = '';
        const carried = LIAISON[syllable.final] ?? '';
        next.initial = carried === '' ? 'ㅇ' : carried;
      } else if (nextInitial === 'ㄴ' || nextInitial === 'ㅁ' || (nextInitial === 'ㄹ' && coda !== 'l' && coda !== 'n')) {
        coda = coda === 'k' ? 'ng' : coda === 'p' ? 'm' : coda === 't' ? 'n' : coda;
      } else if (nextInitial === 'ㄹ' && coda === 'n') coda = 'l';
    }
    if (system === 'rr' && coda === 'l' && next && next.initial === 'ㅇ') coda = 'r';
    out += onset + vowel + coda;
    previousFinal = coda;
  });
  return out;
}

const LIAISON: Record<number, string> = {
  1: 'ㄱ', 2: 'ㄲ', 4: 'ㄴ', 7: 'ㄷ', 8: 'ㄹ', 16: 'ㅁ', 17: 'ㅂ', 19: 'ㅅ', 20: 'ㅆ', 22: 'ㅈ', 23: 'ㅊ', 24: 'ㅋ', 25: 'ㅌ', 26: 'ㅍ', 27: 'ㅎ',
};

/** Administrative suffixes written after a hyphen in both systems (Heukseok-ri, Hongje-dong). */
const SUFFIXES = ['리', '동', '면', '군', '읍', '시'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** RR and MR of a place name; a final administrative syllable is written after a hyphen. */
export function romanize(hangul: string): { rr: string; mr: string } {
  const last = hangul.slice(-1);
  const hasSuffix = hangul.length > 1 && SUFFIXES.includes(last);
  const stem = hasSuffix ? hangul.slice(0, -1) : hangul;
  const rr = capitalise(romanizeWord(stem, 'rr')) + (hasSuffix ? '-' + romanizeWord(last, 'rr') : '');
  const mrSuffix = hasSuffix ? '-' + (last === '리' && /[nl]$/.test(romanizeWord(stem, 'mr')) ? 'li' : romanizeWord(last, 'mr').replace(/^t/, 'd').replace(/^k/, 'g').replace(/^ch/, 'j').replace(/^p/, 'b')) : '';
  return { rr, mr: capitalise(romanizeWord(stem, 'mr')) + (hasSuffix ? mrSuffix.replace(/^-ri$/, '-ri') : '') };
}
