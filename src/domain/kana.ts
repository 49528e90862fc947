/**
 * Kana to Hepburn romaji, for search: a Japanese reading typed in katakana or hiragana (キンポ, ゲンシュウ,
 * ゲンシュー) meets the same reading as the gazetteer writes it in Latin letters (Kinpo, Genshū). Long vowels fold
 * as the macrons do once accents are dropped (ou, oo, uu and ー lengthen the vowel before them: "genshu"); ん is
 * always n (Kinpo, not Kimpo; the gazetteer records both where a source writes both).
 */
const SYLLABLES: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko', が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to', だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho', ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo', ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  わ: 'wa', ゐ: 'i', ゑ: 'e', を: 'o', ん: 'n', ゔ: 'vu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o',
};

/** Two kana read as one syllable: きゃ kya, しょ sho, ちゅ chu; うぉ wo, ふぁ fa for sounds written with small vowels. */
const DIGRAPHS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries({ き: 'k', ぎ: 'g', に: 'n', ひ: 'h', び: 'b', ぴ: 'p', み: 'm', り: 'r' }).flatMap(([kana, consonant]) => [
      [`${kana}ゃ`, `${consonant}ya`],
      [`${kana}ゅ`, `${consonant}yu`],
      [`${kana}ょ`, `${consonant}yo`],
    ]),
  ),
  ...Object.fromEntries(
    Object.entries({ し: 'sh', じ: 'j', ち: 'ch', ぢ: 'j' }).flatMap(([kana, consonant]) => [
      [`${kana}ゃ`, `${consonant}a`],
      [`${kana}ゅ`, `${consonant}u`],
      [`${kana}ょ`, `${consonant}o`],
      [`${kana}ぇ`, `${consonant}e`],
    ]),
  ),
  うぃ: 'wi', うぇ: 'we', うぉ: 'wo', ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo', てぃ: 'ti', でぃ: 'di',
};

/** Katakana (ア-ヶ) as hiragana; the prolonged sound mark ー and everything else stay as they are. */
export function katakanaToHiragana(text: string): string {
  return Array.from(text, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : character;
  }).join('');
}

const VOWEL = /[aeiou]$/;

/** Writes every run of kana in Hepburn romaji with long vowels folded; other characters pass through unchanged. */
export function kanaToRomaji(text: string): string {
  const hiragana = katakanaToHiragana(text);
  let out = '';
  let run = '';
  let doubleNext = false;
  const flush = (): void => {
    out += run.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
    run = '';
  };
  const characters = Array.from(hiragana);
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index] ?? '';
    const pair = `${character}${characters[index + 1] ?? ''}`;
    let syllable = DIGRAPHS[pair];
    if (syllable !== undefined) index++;
    else syllable = SYLLABLES[character];
    if (character === 'っ') {
      doubleNext = true; // a small tsu doubles the next consonant: ほっかん hokkan
      continue;
    }
    if (character === 'ー') {
      run += VOWEL.exec(run)?.[0] ?? '';
      continue;
    }
    if (syllable === undefined) {
      flush();
      out += character;
      continue;
    }
    if (doubleNext) syllable = syllable.startsWith('ch') ? `t${syllable}` : `${syllable[0] ?? ''}${syllable}`;
    doubleNext = false;
    run += syllable;
  }
  flush();
  return out;
}
