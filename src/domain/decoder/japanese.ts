/**
 * Steps 2 and back: Cyrillic <-> Japanese romaji by the Polivanov system (си = shi, дзи = ji, ц = ts, сё = sho ...),
 * which Soviet maps and clerks used for Japanese names. Long vowels are not written in it, so a Cyrillic о is
 * Japanese o or ō: matching is done on a key with long vowels folded (ou, oo -> o; uu -> u), and the candidate's
 * own reading says which length it has.
 */

export interface JapaneseReading {
  /** Romaji as read from the Cyrillic (no long vowels: the Cyrillic has none). */
  romaji: string;
  /** Departures from the Polivanov table (letters Polivanov does not use for Japanese). */
  cost: number;
  notes: string[];
}

const SOFT: Record<string, string> = { я: 'a', ё: 'o', ю: 'u', е: 'e' };
const PLAIN: Record<string, string> = { а: 'a', и: 'i', у: 'u', э: 'e', о: 'o', е: 'e' };
const CONSONANT: Record<string, string> = {
  к: 'k', г: 'g', т: 't', д: 'd', н: 'n', м: 'm', р: 'r', б: 'b', п: 'p', с: 's', з: 'z', х: 'h', ф: 'f',
};

/** Cyrillic (Polivanov) -> romaji. Letters outside Polivanov's table are read as the nearest Japanese sound, with a cost. */
export function cyrillicToRomaji(cyrillic: string): JapaneseReading {
  const text = cyrillic.toLowerCase();
  let romaji = '';
  let cost = 0;
  const notes: string[] = [];
  const odd = (note: string, amount = 0.3) => {
    cost += amount;
    notes.push(note);
  };
  for (let i = 0; i < text.length; i++) {
    const letter = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (letter === 'д' && next === 'з') {
      // дзя дзё дзю дзи = ja jo ju ji; дза дзу дзэ дзо = za zu ze zo
      const vowel = text[i + 2] ?? '';
      if (vowel in SOFT || vowel === 'и') {
        romaji += vowel === 'и' ? 'ji' : 'j' + (SOFT[vowel] ?? '');
        i += 2;
      } else {
        romaji += 'z';
        i += 1;
      }
      continue;
    }
    if (letter === 'с' || letter === 'т') {
      const soft = letter === 'с' ? 'sh' : 'ch';
      if (next in SOFT || next === 'и') {
        romaji += soft + (next === 'и' ? 'i' : SOFT[next] ?? '');
        i += 1;
      } else romaji += CONSONANT[letter] ?? '';
      continue;
    }
    if (letter === 'х' && next === 'у') {
      romaji += 'fu';
      i += 1;
      odd('ху read as fu (Polivanov writes фу)', 0.1);
      continue;
    }
    if (letter in CONSONANT) {
      romaji += CONSONANT[letter] ?? '';
      if (next in SOFT && next !== 'е') {
        romaji += 'y' + (SOFT[next] ?? '');
        i += 1;
      }
      continue;
    }
    if (letter in SOFT && letter !== 'е') {
      romaji += 'y' + SOFT[letter];
      continue;
    }
    if (letter in PLAIN) {
      romaji += PLAIN[letter];
      continue;
    }
    switch (letter) {
      case 'й':
        romaji += 'i';
        break;
      case 'ц':
        romaji += 'ts';
        break;
      case 'ш':
        romaji += 'sh';
        odd('ш is not Polivanov (сь-)', 0.2);
        break;
      case 'ч':
        romaji += 'ch';
        odd('ч is not Polivanov (т-)', 0.2);
        break;
      case 'ж':
        romaji += 'j';
        odd('ж is not Polivanov (дз-)', 0.3);
        break;
      case 'щ':
        romaji += 'sh';
        odd('щ is not Polivanov', 0.5);
        break;
      case 'ы':
        romaji += 'i';
        odd('ы read as i', 0.3);
        break;
      case 'л':
        romaji += 'r';
        odd('л read as r (Japanese has one liquid)', 0.2);
        break;
      case 'в':
        romaji += 'w';
        odd('в read as w', 0.2);
        break;
      case 'ь':
      case 'ъ':
        break;
      default:
        odd(`“${letter}” has no Japanese reading`, 0.5);
    }
  }
  return { romaji, cost, notes };
}

/** Long vowels folded, so that Cyrillic о matches Japanese ō (ou, oo) and у matches ū (uu). */
export function foldLength(romaji: string): string {
  return romaji.replace(/ou|oo/g, 'o').replace(/uu/g, 'u').replace(/aa/g, 'a').replace(/ee/g, 'e');
}

/** Unihan spells on'yomi with long vowels written out (JOU); Hepburn with macrons reads better (jō). */
export function hepburn(reading: string): string {
  return reading.replace(/ou|oo/g, 'ō').replace(/uu/g, 'ū').replace(/aa/g, 'ā');
}

const FORWARD: ReadonlyArray<readonly [string, string]> = [
  ['sha', 'ся'], ['shu', 'сю'], ['sho', 'сё'], ['shi', 'си'], ['cha', 'тя'], ['chu', 'тю'], ['cho', 'тё'], ['chi', 'ти'],
  ['tsu', 'цу'], ['ja', 'дзя'], ['ju', 'дзю'], ['jo', 'дзё'], ['ji', 'дзи'], ['fu', 'фу'], ['ya', 'я'], ['yu', 'ю'], ['yo', 'ё'],
  ['ye', 'е'], ['wa', 'ва'], ['kwa', 'ква'], ['gwa', 'гва'], ['za', 'дза'], ['zu', 'дзу'], ['ze', 'дзэ'], ['zo', 'дзо'],
];
const FORWARD_LETTER: Record<string, string> = {
  a: 'а', i: 'и', u: 'у', e: 'э', o: 'о', k: 'к', g: 'г', s: 'с', z: 'дз', t: 'т', d: 'д', n: 'н', h: 'х', b: 'б', p: 'п', m: 'м',
  r: 'р', w: 'в', f: 'ф',
};

/** Romaji -> Polivanov Cyrillic (as a Soviet map would write the reading). Long vowels are dropped, as Polivanov's maps did. */
export function romajiToCyrillic(romaji: string): string {
  const text = foldLength(romaji.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  let out = '';
  for (let i = 0; i < text.length; ) {
    // ky, gy, ry ... + vowel: consonant + я/ю/ё
    const soft = /^([kgnhbpmr])y([auo])/.exec(text.slice(i));
    if (soft) {
      out += (FORWARD_LETTER[soft[1] ?? ''] ?? '') + ({ a: 'я', u: 'ю', o: 'ё' }[soft[2] ?? 'a'] ?? '');
      i += 3;
      continue;
    }
    const group = FORWARD.find(([latin]) => text.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    const letter = text[i] ?? '';
    // ei, ai, ui, oi: the second vowel is й in Polivanov
    if (letter === 'i' && i > 0 && 'aeuo'.includes(text[i - 1] ?? '')) out += 'й';
    else out += FORWARD_LETTER[letter] ?? '';
    i += 1;
  }
  return out;
}
