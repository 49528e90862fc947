/** Katakana on'yomi (KANJIDIC) -> the romaji spelling Unihan uses (long vowels written out: コウ -> kou). */
const KANA: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo',
  ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n',
};
const SMALL: Record<string, string> = { ャ: 'a', ュ: 'u', ョ: 'o' };

export function katakanaToRomaji(kana: string): string {
  let out = '';
  const chars = [...kana];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const small = SMALL[chars[i + 1] ?? ''];
    const base = KANA[char];
    if (base !== undefined && small !== undefined) {
      // キャ kya, シャ sha, チャ cha, ジャ ja
      out += base.endsWith('hi') || base === 'ji' ? base.slice(0, -1) + small : base.slice(0, -1) + 'y' + small;
      i += 1;
    } else if (char === 'ッ') {
      out += 'tsu';
    } else if (char === 'ー') {
      out += out.slice(-1);
    } else out += base ?? '';
  }
  return out;
}
