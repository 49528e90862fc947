/**
 * The names the project has already identified, with the Hanja the gazetteer gives them (geo/places), and the
 * modernised names back to their Japanese forms. Shared by the accuracy test and `npm run decode:accuracy`.
 */
export const ACCURACY_CASES: ReadonlyArray<readonly [spelling: string, hanja: string]> = [
  ['Odzio', '橫城'],
  ['Kokusekiri', '黑石里'],
  ['Iokhei', '楊平'],
  ['Iuokhei', '楊平'],
  ['Kosiu', '廣州'],
  ['Suien', '水原'],
  ['Kosainairi', '弘濟內里'],
  ['Kasaivairi', '弘濟外里'],
  ['Seikheisio', '平昌'],
  ['Toto', '纛島'],
  ['Khokukan-ko', '北漢江'],
  ['Genzan', '元山'],
  ['Suigen', '水原'],
  ['Jinsen', '仁川'],
  ['Shunsen', '春川'],
  ['Kōsen', '洪川'],
  ['Genshū', '原州'],
  ['Kōryō', '江陵'],
];
