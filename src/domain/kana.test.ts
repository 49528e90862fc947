import { describe, expect, it } from 'vitest';
import { kanaToRomaji } from './kana';

describe('kanaToRomaji', () => {
  it.each([
    ['げんしゅう', 'genshu'], // long u folds as the macron does (Genshū)
    ['ゲンシュウ', 'genshu'],
    ['ゲンシュー', 'genshu'], // the prolonged sound mark
    ['けいじょう', 'keijo'],
    ['ほっかんこう', 'hokkanko'], // small tsu doubles the consonant
    ['キンポ', 'kinpo'], // ん is n
    ['おうじょう', 'ojo'],
    ['りゅうざん', 'ryuzan'],
    ['こうさいないり', 'kosainairi'],
    ['マッチ', 'matchi'],
    ['ウォンジュ', 'wonju'],
    ['Seoul 京城', 'Seoul 京城'], // not kana: unchanged
    ['京城 けいじょう', '京城 keijo'],
  ])('%s -> %s', (kana, romaji) => {
    expect(kanaToRomaji(kana)).toBe(romaji);
  });
});
