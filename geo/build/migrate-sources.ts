/**
 * One-shot migration (issue 12): every inline source {title, author, url, ref, supports} in geo/ becomes
 * {ref, locator?, supports} citing geo/sources/bibliography.json, which this script writes. Several URLs can be
 * one work; a URL that is not the work's own address is kept on the entry as a copy read.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BibliographyEntry, Grade } from '../schema/bibliography-schema';

type Entry = BibliographyEntry;
const WP_NAME: Record<string, string> = { en: 'English', de: 'German', fr: 'French', ru: 'Russian', ja: 'Japanese', ko: 'Korean', zh: 'Chinese', vi: 'Vietnamese', sco: 'Scots' };

function wp(id: string, lang: string, path: string, title: string): Entry {
  return {
    id,
    type: 'entry-encyclopedia',
    author: [{ literal: 'Wikipedia contributors' }],
    title,
    'container-title': `Wikipedia (${WP_NAME[lang] ?? lang})`,
    URL: `https://${lang}.wikipedia.org/wiki/${path}`,
    language: lang,
    custom: { grade: 'reference' },
  };
}
function work(id: string, grade: Grade, fields: Omit<Entry, 'id' | 'custom'>): Entry {
  return { id, ...fields, custom: { grade } };
}

const WORKS: Entry[] = [
  {
    id: 'wcda-111207',
    type: 'document',
    title: 'Telegram, Mao Zedong to Filippov (Stalin) transmitting 4 January 1951 message from Peng Dehuai, Kim Son, and Pak Il-u to Kim Il Sung',
    'container-title': 'Wilson Center Digital Archive',
    archive: 'Archive of the President of the Russian Federation (APRF)',
    archive_location: 'Fond 45, Opis 1, Delo 336, Listy 88-90',
    number: '111207',
    issued: { 'date-parts': [[1951, 1, 8]] },
    URL: 'https://digitalarchive.wilsoncenter.org/document/111207',
    language: 'en',
    note: 'English translation of the Russian original. The copy as received (geo/sources/telegram-1951-01-04.md) gives the address https://wilson-center.drivingcreative.com/document/111207.',
    custom: { grade: 'archival-primary', alsoAt: ['https://wilson-center.drivingcreative.com/document/111207'] },
  },
  work('mossman-1990-ebb-and-flow', 'official-history', {
    type: 'book',
    author: [{ family: 'Mossman', given: 'Billy C.' }],
    title: 'Ebb and Flow, November 1950–July 1951',
    'collection-title': 'United States Army in the Korean War',
    publisher: 'Center of Military History, United States Army',
    'publisher-place': 'Washington, D.C.',
    issued: { 'date-parts': [[1990]] },
  }),
  work('militaryimages-usaf-timeline-repost', 'official-history', {
    type: 'report',
    editor: [{ family: 'Warnock', given: 'A. Timothy' }],
    title: "The U.S. Air Force's First War: Korea 1950–1953, Significant Events",
    publisher: 'Air Force History and Museums Program',
    issued: { 'date-parts': [[2000]] },
    note: 'Chronology compiled at the Air Force Historical Research Agency.',
  }),
  work('afhf-this-day-january-4', 'reference', {
    type: 'webpage',
    author: [{ literal: 'Air Force Historical Foundation' }],
    title: 'January 4',
    'container-title': 'This Day in Air Force History',
    URL: 'https://www.afhistory.org/january-4-1944-2/',
  }),
  work('gunsa-yeongu-127-un-counteroffensive', 'scholarly', {
    type: 'article-journal',
    title: '6·25전쟁시 유엔군의 반격 효과분석',
    'original-title': 'Analysis of the effects of the UN counteroffensive in the Korean War',
    'container-title': '군사연구 (Military History Research)',
    volume: '127',
    language: 'ko',
  }),
  work('wonju-battle-monument-guide', 'reference', {
    type: 'chapter',
    title: '원주 지구 전적비 (Wonju area battle monument)',
    'container-title': 'Guide to Korean War battle monuments (scanned; title page and publisher not seen)',
    language: 'ko',
  }),
  work('spare-not-the-brave', 'scholarly', {
    type: 'chapter',
    title: 'Chang-to',
    'container-title': 'Spare Not the Brave',
    ISBN: '9781612778563',
    URL: 'https://muse.jhu.edu/books/9781612778563',
    note: 'Chapter 9; the author is not shown in the excerpt read.',
  }),
  work('tiexue-xuelu', 'forum-blog', {
    type: 'post',
    title: '血路',
    'container-title': 'Tiexue (铁血网) books',
    URL: 'http://book.tiexue.net/Book/14637',
    language: 'zh',
    note: 'Serialised popular account of the Third Phase Campaign, author not named; not an archival source.',
  }),
  work('wang-shuzeng-yuandong-chaoxian-zhanzheng', 'press', {
    type: 'book',
    author: [{ literal: '王树增 (Wang Shuzeng)' }],
    title: '远东朝鲜战争',
    language: 'zh',
    note: 'Popular history; chapter 真实“三八线” / 到汉城去.',
  }),
  work('kaiguo-diyizhan', 'press', {
    type: 'book',
    title: '开国第一战',
    language: 'zh',
    note: 'Popular history of the Korean War in Chinese.',
  }),
  work('peng-dehuai-biography-kanshuwo', 'forum-blog', {
    type: 'webpage',
    title: 'Biographical account of Peng Dehuai, chapter on the Third Campaign',
    'container-title': 'kanshuwo.tw',
    URL: 'https://kanshuwo.tw/24/bormw/apembr_3.html',
    language: 'zh',
    note: 'Online copy of a book whose author and title are not shown on the page.',
  }),
  work('peng-dehuai-zhuan-80txt', 'forum-blog', {
    type: 'webpage',
    title: '彭德怀传 / 朝鲜战争 (popular history quoting M. B. Ridgway, The Korean War, in translation)',
    'container-title': '80txt.net',
    URL: 'https://m.80txt.net/1100/171341_3.html',
    language: 'zh',
  }),
  work('zhang-xiushan-memoir', 'press', {
    type: 'chapter',
    author: [{ literal: '张秀山 (Zhang Xiushan)' }],
    title: '东北局/东北军区 and the CPV rear (memoir)',
    language: 'zh',
  }),
  work('dddjmc-third-campaign', 'forum-blog', {
    type: 'webpage',
    title: 'Article on the Third Campaign',
    'container-title': 'dddjmc.com military history',
    URL: 'http://m.dddjmc.com/news/military/jsls/2015-10-21/1560839_6.html',
    language: 'zh',
    note: 'Author not shown.',
  }),
  work('netease-third-campaign-joint-command', 'press', {
    type: 'article-newspaper',
    title: 'Article on the Third Campaign and the Sino-Korean joint command',
    'container-title': '网易 (NetEase) News',
    URL: 'https://c.m.163.com/news/a/JHCP5CGF05567B6O.html',
    language: 'zh',
    note: 'Author not shown.',
  }),
  work('todayonhistory-kpa-incheon', 'forum-blog', {
    type: 'webpage',
    title: '朝鲜人民军攻克仁川港:半岛战局的转折时刻',
    'container-title': 'todayonhistory.com',
    URL: 'https://m.todayonhistory.com/know/590.html',
    language: 'zh',
    note: 'Anonymous question-and-answer page.',
  }),
  work('laitimes-end-of-third-campaign', 'forum-blog', {
    type: 'webpage',
    title: 'After three battles, North Korea and the Soviet Union put pressure on them to advance south',
    'container-title': 'laitimes.com',
    URL: 'https://www.laitimes.com/en/article/6sigz_78ure.html',
    language: 'en',
    note: 'English translation of a Chinese article on the end of the Third Phase Campaign.',
  }),
  work('grokipedia-battles-of-wonju', 'forum-blog', {
    type: 'webpage',
    title: 'First and second battles of Wonju',
    'container-title': 'Grokipedia',
    URL: 'https://grokipedia.com/page/First_and_Second_Battles_of_Wonju',
    language: 'en',
    note: 'AI-generated encyclopedia.',
  }),
  work('jim101-draft-battles-of-wonju', 'forum-blog', {
    type: 'webpage',
    author: [{ literal: 'Jim101 (Wikipedia user)' }],
    title: 'First and Second Battle of Wonju (user draft)',
    'container-title': 'Wikipedia (English)',
    URL: 'https://en.wikipedia.org/wiki/User:Jim101/First_and_Second_Battle_of_Wonju',
    language: 'en',
    note: 'A user-space draft, not a reviewed article.',
  }),
  work('wordola-time-wonju', 'press', {
    type: 'article-magazine',
    title: 'Snippets of TIME articles naming Wonju, 1950–1959',
    'container-title': 'TIME',
    language: 'en',
    note: 'Undated snippets quoted by a usage site; the articles themselves were not seen.',
  }),
  work('newdaily-1-4-retreat', 'press', {
    type: 'article-newspaper',
    author: [{ literal: '뉴데일리 (NewDaily)' }],
    title: '1.4 후퇴',
    'container-title': '뉴데일리 (NewDaily)',
    URL: 'http://newdaily.co.kr/news/article.html?no=38574',
    language: 'ko',
  }),
  work('qlstnfp11-1-4-retreat', 'forum-blog', {
    type: 'post-weblog',
    title: '1·4 후퇴',
    'container-title': 'qlstnfp11.tistory.com',
    issued: { 'date-parts': [[2011, 1, 3]] },
    URL: 'https://qlstnfp11.tistory.com/1052',
    language: 'ko',
  }),
  work('ggilbo-this-day-1-4', 'press', {
    type: 'article-newspaper',
    title: '▲1월 4일=조선인민군과 중공군에게 서울을 내주다',
    'container-title': '금강일보 (Geumgang Ilbo)',
    URL: 'http://www.ggilbo.com/news/articleView.html?idxno=580617',
    language: 'ko',
  }),
  work('kang-deokwoo-second-incheon-landing', 'press', {
    type: 'article-newspaper',
    author: [{ literal: '강덕우 (Kang Deok-u)' }],
    title: '1951년 제2차 인천상륙작전',
    'container-title': '기호일보 (Kiho Ilbo)',
    URL: 'http://www.kihoilbo.co.kr/?mod=news&act=articleView&idxno=769504',
    language: 'ko',
  }),
  work('dongjaknews-heukseok', 'press', {
    type: 'article-newspaper',
    title: '한강변 아름다운 마을 흑석동 (黑石洞)',
    'container-title': '동작뉴스 (Dongjak News)',
    issued: { 'date-parts': [[2014, 1, 16]] },
    URL: 'http://dongjaknews.com/sub_read.html?uid=8910&section=sc10&section2=%EC%9D%B4%EC%8A%88',
    language: 'ko',
  }),
  work('sdmnews-587-hongeun', 'press', {
    type: 'article-magazine',
    title: '우리가 몰랐던 서대문의 14개 동 이야기: 홍은동',
    'container-title': '서대문소식 (Seodaemun-gu newsletter)',
    volume: '587',
    URL: 'http://sdmnews.info/vol587/post20.html',
    language: 'ko',
  }),
  work('chosunbiz-ttukseom-map', 'press', {
    type: 'article-newspaper',
    title: '뚝섬 부근, 1895년 측정 1911년 발행 지형도',
    'container-title': 'Chosun Biz',
    issued: { 'date-parts': [[2015, 12, 23]] },
    URL: 'https://biz.chosun.com/site/data/html_dir/2015/12/23/2015122302455.html',
    language: 'ko',
  }),
  work('eunpyeong-gu-japanese-rule', 'reference', {
    type: 'webpage',
    author: [{ literal: 'Eunpyeong-gu Office' }],
    title: '은평구 일제강점기',
    URL: 'https://ep.go.kr/www/contents.do?key=1293',
    language: 'ko',
  }),
  work('encykorea-ttukseom', 'reference', {
    type: 'entry-encyclopedia',
    title: '뚝섬',
    'container-title': '한국민족문화대백과사전 (Encyclopedia of Korean Culture)',
    publisher: 'Academy of Korean Studies',
    URL: 'http://encykorea.aks.ac.kr/Article/Keyword/서울숲',
    language: 'ko',
  }),
  work('grandculture-dongjak-siheung-bukmyeon', 'reference', {
    type: 'entry-encyclopedia',
    title: '시흥군 북면',
    'container-title': '디지털동작문화대전 (Encyclopedia of Korean Local Culture: Dongjak)',
    publisher: 'Academy of Korean Studies',
    URL: 'http://yangju.grandculture.net/dongjak/toc/GC08200403',
    language: 'ko',
  }),
  work('namuwiki-ttukseom', 'reference', {
    type: 'entry-encyclopedia',
    title: '뚝섬',
    'container-title': '나무위키 (namu.wiki)',
    URL: 'https://namu.wiki/w/%EB%9A%9D%EC%84%AC',
    language: 'ko',
  }),
  work('danbisw-hongje-origin', 'forum-blog', {
    type: 'post-weblog',
    title: '서대문구 홍제동의 동명 유래 - 홍제원(弘濟院)',
    'container-title': 'danbisw.tistory.com',
    URL: 'http://danbisw.tistory.com/9532',
    language: 'ko',
  }),
  work('choongyoul-goyang-1930', 'forum-blog', {
    type: 'post-weblog',
    title: '고양시(군)의 옛 행정구역(1930년)',
    'container-title': 'choongyoul.tistory.com',
    URL: 'https://choongyoul.tistory.com/5391',
    language: 'ko',
  }),
  work('gov-general-1922-nouvelle-administration', 'archival-primary', {
    type: 'book',
    author: [{ literal: 'Government-General of Chosen' }],
    title: 'La nouvelle administration de la Corée',
    issued: { 'date-parts': [[1922]] },
    URL: 'https://fr.wikisource.org/wiki/La_nouvelle_administration_de_la_Cor%C3%A9e/Annexes/4',
    language: 'fr',
    note: 'Cited from the Wikisource transcription, Annexe IV.',
  }),
  work('columbia-encyclopedia-incheon', 'reference', {
    type: 'entry-encyclopedia',
    title: 'Incheon',
    'container-title': 'The Columbia Encyclopedia',
    publisher: 'Columbia University Press',
    URL: 'https://www.encyclopedia.com/reference/encyclopedias-almanacs-transcripts-and-maps/incheon',
    language: 'en',
  }),
  work('kotobank-suwon', 'reference', {
    type: 'entry-encyclopedia',
    title: '水原(韓国)',
    'container-title': '日本大百科全書 (ニッポニカ)',
    URL: 'https://kotobank.jp/word/%E6%B0%B4%E5%8E%9F%28%E9%9F%93%E5%9B%BD%29-1550741',
    language: 'ja',
  }),
  work('kotobank-han-britannica', 'reference', {
    type: 'entry-encyclopedia',
    title: 'ハン(漢)江',
    'container-title': 'ブリタニカ国際大百科事典',
    URL: 'https://kotobank.jp/word/%E3%83%8F%E3%83%B3%28%E6%BC%A2%29%E6%B1%9F-117999',
    language: 'ja',
  }),
  work('kotobank-han-daijisen', 'reference', {
    type: 'entry-dictionary',
    title: '漢江',
    'container-title': 'デジタル大辞泉 / 日本国語大辞典',
    URL: 'https://kotobank.jp/word/%E6%BC%A2%E6%B1%9F-48694',
    language: 'ja',
  }),
  work('biglode-japanese-notation', 'forum-blog', {
    type: 'webpage',
    title: 'Changing of writing style and notation of Japanese',
    'container-title': 'biglode.com',
    URL: 'https://biglode.com/en-us/tsuchida-related/style-notation',
    language: 'en',
  }),
  work('pacificwrecks-kimpo', 'forum-blog', {
    type: 'webpage',
    author: [{ literal: 'Pacific Wrecks' }],
    title: 'Gimpo Airfield (Kimpo, K-14)',
    URL: 'https://pacificwrecks.com/airfield/rok/seoul/index.html',
    language: 'en',
  }),
  work('koreabybike-yangpyeong', 'forum-blog', {
    type: 'webpage',
    title: 'Yangpyeong County',
    'container-title': 'Korea by Bike',
    URL: 'https://www.koreabybike.com/tips/cities-counties-provinces/gyeonggi-province/yangpyeong-county/',
    language: 'en',
  }),
  wp('wp-en-battles-of-wonju', 'en', 'First_and_Second_Battles_of_Wonju', 'First and Second Battles of Wonju'),
  wp('wp-en-third-battle-of-seoul', 'en', 'Third_Battle_of_Seoul', 'Third Battle of Seoul'),
  wp('wp-en-pyeongchang-eup', 'en', 'Pyeongchang-eup', 'Pyeongchang-eup'),
  wp('wp-en-yeongdeungpo-district', 'en', 'Yeongdeungpo_District', 'Yeongdeungpo District'),
  wp('wp-en-incheon', 'en', 'Incheon', 'Incheon'),
  wp('wp-en-gwangjin-bridge', 'en', 'Gwangjin_Bridge', 'Gwangjin Bridge'),
  wp('wp-en-mok-dong', 'en', 'Mok-dong', 'Mok-dong'),
  wp('wp-en-gwangju-gyeonggi', 'en', 'Gwangju,_Gyeonggi', 'Gwangju, Gyeonggi'),
  wp('wp-en-gimpo-international-airport', 'en', 'Gimpo_International_Airport', 'Gimpo International Airport'),
  wp('wp-en-hangang-bridge', 'en', 'Hangang_Bridge', 'Hangang Bridge'),
  wp('wp-en-chung-ang-university', 'en', 'Chung-Ang_University', 'Chung-Ang University'),
  wp('wp-en-seodaemun-district', 'en', 'Seodaemun_District', 'Seodaemun District'),
  wp('wp-en-hongcheon', 'en', 'Hongcheon', 'Hongcheon County'),
  wp('wp-en-jeongseon-county', 'en', 'Jeongseon_County', 'Jeongseon County'),
  wp('wp-en-gangneung', 'en', 'Gangneung', 'Gangneung'),
  wp('wp-en-yongsan-station', 'en', 'Yongsan_Station', 'Yongsan Station'),
  wp('wp-en-bukhan-river', 'en', 'Pukhan_River', 'Bukhan River'),
  wp('wp-en-chuncheon', 'en', 'Chuncheon_City', 'Chuncheon'),
  wp('wp-en-gayang-bridge', 'en', 'Gayang_Bridge', 'Gayang Bridge'),
  wp('wp-en-yongsan-garrison', 'en', 'Yongsan_Garrison', 'Yongsan Garrison'),
  wp('wp-en-hwaseong-fortress', 'en', 'Hwaseong_Fortress', 'Hwaseong Fortress'),
  wp('wp-en-muakjae-station', 'en', 'Muakjae_station', 'Muakjae station'),
  wp('wp-en-cheongpyeong-lake', 'en', 'Cheongpyeong_Lake', 'Cheongpyeong Lake'),
  wp('wp-en-wonju', 'en', 'Wonju-si', 'Wonju'),
  wp('wp-en-dangsan-railway-bridge', 'en', 'Dangsan_Railway_Bridge', 'Dangsan Railway Bridge'),
  wp('wp-en-beijing', 'en', 'Beijing', 'Beijing'),
  wp('wp-en-samcheok', 'en', 'Samcheok', 'Samcheok'),
  wp('wp-de-incheon', 'de', 'Incheon', 'Incheon'),
  wp('wp-de-pyeongchang', 'de', 'Pyeongchang', 'Pyeongchang'),
  wp('wp-de-hoengseong', 'de', 'Hoengseong', 'Hoengseong'),
  wp('wp-de-gwangju-gyeonggi', 'de', 'Gwangju_(Gyeonggi-do)', 'Gwangju (Gyeonggi-do)'),
  wp('wp-de-shenyang', 'de', 'Shenyang', 'Shenyang'),
  wp('wp-de-icheon', 'de', 'Icheon', 'Icheon'),
  wp('wp-de-anseong', 'de', 'Anseong', 'Anseong'),
  { ...wp('wp-de-hangang-railway-bridge', 'de', 'x', 'Hangang-Eisenbahnbrücke'), URL: undefined, note: 'German article on the Hangang railway bridges; read in a copy whose address does not give the article\'s exact title.' },
  wp('wp-ru-hongcheon', 'ru', '%D0%A5%D0%BE%D0%BD%D1%87%D1%85%D0%BE%D0%BD', 'Хончхон'),
  wp('wp-ru-yangpyeong', 'ru', '%D0%AF%D0%BD%D0%BF%D1%85%D1%91%D0%BD', 'Янпхён'),
  wp('wp-ru-icheon', 'ru', '%D0%98%D1%87%D1%85%D0%BE%D0%BD', 'Ичхон'),
  wp('wp-ru-gapyeong', 'ru', '%D0%9A%D0%B0%D0%BF%D1%85%D1%91%D0%BD', 'Капхён'),
  wp('wp-ru-gangneung', 'ru', '%D0%9A%D0%B0%D0%BD%D0%BD%D1%8B%D0%BD', 'Каннын'),
  wp('wp-ru-korea-under-japanese-rule', 'ru', '%D0%9A%D0%BE%D1%80%D0%B5%D1%8F_%D0%BF%D0%BE%D0%B4_%D1%83%D0%BF%D1%80%D0%B0%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5%D0%BC_%D0%AF%D0%BF%D0%BE%D0%BD%D0%B8%D0%B8', 'Корея под управлением Японии'),
  wp('wp-ja-hoengseong', 'ja', '%E6%A8%AA%E5%9F%8E%E9%83%A1', '横城郡'),
  wp('wp-ja-yanggu', 'ja', '%E6%A5%8A%E5%8F%A3%E9%83%A1', '楊口郡'),
  wp('wp-ja-gapyeong', 'ja', '%E5%8A%A0%E5%B9%B3%E9%83%A1', '加平郡'),
  wp('wp-ja-suwon', 'ja', '%E6%B0%B4%E5%8E%9F%E5%B8%82', '水原市'),
  wp('wp-ja-yangpyeong', 'ja', '%E6%A5%8A%E5%B9%B3%E9%83%A1', '楊平郡'),
  wp('wp-ja-yeongdeok', 'ja', '%E7%9B%88%E5%BE%B3%E9%83%A1', '盈徳郡'),
  wp('wp-fr-seongsu-station', 'fr', 'Seongsu_(m%C3%A9tro_de_S%C3%A9oul)', 'Seongsu (métro de Séoul)'),
  wp('wp-fr-pyeongtaek', 'fr', 'Pyeongtaek', 'Pyeongtaek'),
  wp('wp-fr-jecheon', 'fr', 'Jecheon', 'Jecheon'),
  wp('wp-fr-yeongdeok', 'fr', 'Yeongdeok', 'Yeongdeok'),
  wp('wp-ko-second-incheon-landing', 'ko', '%EC%A0%9C2%EC%B0%A8_%EC%9D%B8%EC%B2%9C_%EC%83%81%EB%A5%99_%EC%9E%91%EC%A0%84', '제2차 인천 상륙 작전'),
  wp('wp-zh-third-battle-of-seoul', 'zh', '%E7%AC%AC%E4%B8%89%E6%AC%A1%E6%B1%89%E5%9F%8E%E6%88%98%E5%BD%B9', '第三次汉城战役'),
  wp('wp-vi-third-battle-of-seoul', 'vi', 'Tr%E1%BA%ADn_Seoul_l%E1%BA%A7n_th%E1%BB%A9_ba', 'Trận Seoul lần thứ ba'),
  wp('wp-sco-chuncheon', 'sco', 'Chuncheon', 'Chuncheon'),
  wp('wp-sco-gimpo', 'sco', 'Gimpo', 'Gimpo'),
];

/** Every URL in geo/ -> the work it is (a copy of), with what kind of copy it is when it is not the work's own address. */
const URL_TO_WORK: Record<string, [key: string, copyNote?: string]> = {
  'https://wilson-center.drivingcreative.com/document/111207': ['wcda-111207'],
  'http://history.army.mil/books/korea/ebb/ch10.htm': ['mossman-1990-ebb-and-flow', 'chapter X at the Center of Military History\'s site'],
  'https://www.koreanwaronline.com/history/EbbAndFlow/Ch10.htm': ['mossman-1990-ebb-and-flow', 'koreanwaronline.com transcription'],
  'https://www.koreanwaronline.com/history/EbbAndFlow/Ch11.htm': ['mossman-1990-ebb-and-flow', 'koreanwaronline.com transcription'],
  'https://www.militaryimages.net/threads/korean-war-usaf-timeline.6811/': ['militaryimages-usaf-timeline-repost', 'forum repost on militaryimages.net'],
  'https://www.afhistory.org/january-4-1944-2/': ['afhf-this-day-january-4'],
  'http://test.albummania.co.kr/gallery/viewContents.asp?seq=111823&path=091224133030&page=110&vmode=full': ['gunsa-yeongu-127-un-counteroffensive', 'scanned e-book on albummania.co.kr'],
  'http://test.albummania.co.kr/gallery/viewContents.asp?seq=111823&path=091224133030&page=111&vmode=full': ['gunsa-yeongu-127-un-counteroffensive', 'scanned e-book on albummania.co.kr'],
  'http://test.albummania.co.kr/gallery/viewContents.asp?seq=111823&path=091224133030&page=112&vmode=full': ['gunsa-yeongu-127-un-counteroffensive', 'scanned e-book on albummania.co.kr'],
  'http://test.albummania.co.kr/gallery/viewContents.asp?page=57&seq=189620&vmode=full': ['wonju-battle-monument-guide', 'scan on albummania.co.kr'],
  'http://muse.jhu.edu/books/9781612778563/9781612778563-15.pdf': ['spare-not-the-brave', 'Project MUSE excerpt of chapter 9'],
  'http://bbs.tiexue.net/post2_3029990_1.html': ['tiexue-xuelu', 'forum repost on bbs.tiexue.net'],
  'http://www.omnitalk.com/miliarch/gb2b5.pl?msgno=messages/2067.html': ['wang-shuzeng-yuandong-chaoxian-zhanzheng', 'serialised in a forum on omnitalk.com'],
  'https://dwtxt.org/articles/7526239_128544854_1.html': ['kaiguo-diyizhan', 'online text on dwtxt.org'],
  'https://kanshuwo.tw/24/bormw/apembr_3.html': ['peng-dehuai-biography-kanshuwo'],
  'https://m.80txt.net/1100/171341_3.html': ['peng-dehuai-zhuan-80txt'],
  'https://guayunfan.com/lilun/491480.html': ['zhang-xiushan-memoir', 'copy on guayunfan.com'],
  'http://m.dddjmc.com/news/military/jsls/2015-10-21/1560839_6.html': ['dddjmc-third-campaign'],
  'https://c.m.163.com/news/a/JHCP5CGF05567B6O.html?from=subscribe': ['netease-third-campaign-joint-command'],
  'https://m.todayonhistory.com/know/590.html': ['todayonhistory-kpa-incheon'],
  'https://www.laitimes.com/en/article/6sigz_78ure.html': ['laitimes-end-of-third-campaign'],
  'https://grokipedia.com/page/First_and_Second_Battles_of_Wonju': ['grokipedia-battles-of-wonju'],
  'http://en.wikipedia.org./wiki/User:Jim101/First_and_Second_Battle_of_Wonju': ['jim101-draft-battles-of-wonju'],
  'https://wordola.com/wusage/wonju/f1950-t1959-p3.html': ['wordola-time-wonju', 'snippets quoted on wordola.com'],
  'http://newdaily.co.kr/news/article.html?no=38574': ['newdaily-1-4-retreat'],
  'https://qlstnfp11.tistory.com/1052': ['qlstnfp11-1-4-retreat'],
  'http://www.ggilbo.com/news/articleView.html?idxno=580617': ['ggilbo-this-day-1-4'],
  'http://www.kihoilbo.co.kr/?mod=news&act=articleView&idxno=769504': ['kang-deokwoo-second-incheon-landing'],
  'http://dongjaknews.com/sub_read.html?uid=8910&section=sc10&section2=%EC%9D%B4%EC%8A%88': ['dongjaknews-heukseok'],
  'http://sdmnews.info/vol587/post20.html': ['sdmnews-587-hongeun'],
  'https://biz.chosun.com/site/data/html_dir/2015/12/23/2015122302455.html?outputType=amp': ['chosunbiz-ttukseom-map', 'AMP page'],
  'https://ep.go.kr/www/contents.do?key=1293': ['eunpyeong-gu-japanese-rule'],
  'http://encykorea.aks.ac.kr/Article/Keyword/서울숲': ['encykorea-ttukseom'],
  'http://yangju.grandculture.net/dongjak/toc/GC08200403': ['grandculture-dongjak-siheung-bukmyeon'],
  'https://dark.namu.moe/w/%EB%9A%9D%EC%84%AC': ['namuwiki-ttukseom', 'mirror on dark.namu.moe'],
  'http://danbisw.tistory.com/9532': ['danbisw-hongje-origin'],
  'https://choongyoul.tistory.com/5391': ['choongyoul-goyang-1930'],
  'https://fr.m.wikisource.org/wiki/La_nouvelle_administration_de_la_Cor%C3%A9e/Annexes/4': ['gov-general-1922-nouvelle-administration', 'Wikisource mobile page'],
  'http://encyclopedia-loadbalancer-1-1782916326.us-west-2.elb.amazonaws.com/reference/encyclopedias-almanacs-transcripts-and-maps/incheon': ['columbia-encyclopedia-incheon', 'encyclopedia.com text served from a load-balancer host'],
  'https://cdn.kotobank.jp/word/%E6%B0%B4%E5%8E%9F%28%E9%9F%93%E5%9B%BD%29-1550741': ['kotobank-suwon', 'Kotobank CDN host'],
  'https://kotobank.jp/word/%E3%83%8F%E3%83%B3%28%E6%BC%A2%29%E6%B1%9F-117999': ['kotobank-han-britannica'],
  'https://kotobank.jp/word/%E6%BC%A2%E6%B1%9F-48694': ['kotobank-han-daijisen'],
  'https://biglode.com/en-us/tsuchida-related/style-notation': ['biglode-japanese-notation'],
  'https://pacificwrecks.com/airfield/rok/seoul/index.html': ['pacificwrecks-kimpo'],
  'https://www.koreabybike.com/tips/cities-counties-provinces/gyeonggi-province/yangpyeong-county/': ['koreabybike-yangpyeong'],
  'http://5.180.24.3/info/first-and-second-battles-of-wonju': ['wp-en-battles-of-wonju', 'mirror at a bare IP address'],
  'http://5.180.24.3/info/third-battle-of-seoul': ['wp-en-third-battle-of-seoul', 'mirror at a bare IP address'],
  'https://en.wikipedia.org/wiki/Third_Battle_of_Seoul?oldid=645504635': ['wp-en-third-battle-of-seoul', 'revision 645504635 of 3 February 2015'],
  'https://ru.stringtranslate.com/%D0%A2%D1%80%D0%B5%D1%82%D1%8C%D0%B5%D0%B9%20%D1%84%D0%B0%D0%B7%D1%8B%20%D0%BA%D0%B8%D1%82%D0%B0%D0%B9%D1%81%D0%BA%D0%BE%D0%B9%20%D0%BA%D0%B0%D0%BC%D0%BF%D0%B0%D0%BD%D0%B8%D0%B8/Third_Battle_of_Seoul': ['wp-en-third-battle-of-seoul', 'machine translation into Russian (stringtranslate)'],
  'http://en.wikipedia.org/wiki/Pyeongchang-eup': ['wp-en-pyeongchang-eup'],
  'https://pinocchiopedia.com/wiki/Berea_University_of_Graduate_Studies': ['wp-en-yeongdeungpo-district', 'pinocchiopedia mirror, at an address naming an unrelated article'],
  'http://mickopedia.org/mickify?topic=Yeongdeungpo_District': ['wp-en-yeongdeungpo-district', 'Mickopedia rewording'],
  'https://www.grey-earl.ga/blog/2022/01/07/yeongdeungpo-district/': ['wp-en-yeongdeungpo-district', 'copy on a blog'],
  'http://the-uncensored-wiki.com:20072/i/n/c/Incheon.html': ['wp-en-incheon', 'mirror of a c. 2006 revision'],
  'http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Gwangjin_Bridge.html': ['wp-en-gwangjin-bridge', 'mirror of the February 2016 dump'],
  'http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/Mok-dong.html': ['wp-en-mok-dong', 'mirror of the February 2016 dump'],
  'http://www.asknow.ca/wiki/index.php?title=Gwangju_City_(Gyeonggi)': ['wp-en-gwangju-gyeonggi', 'ASKipedia copy'],
  'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Gimpo_International_Airport': ['wp-en-gimpo-international-airport', 'Kiwix mirror of the August 2020 dump'],
  'https://akarinohon.com/text/taketori.cgi/en.wikipedia.org/wiki/Hangang_Bridge': ['wp-en-hangang-bridge', 'akarinohon mirror'],
  'https://de.zxc.wiki/w/index.php?diff=1224118933&oldid=580177635&title=Chung-Ang_University': ['wp-en-chung-ang-university', 'revision diff 580177635 to 1224118933, as shown on de.zxc.wiki'],
  'https://en.nearbywiki.org/detail/4694132': ['wp-en-seodaemun-district', 'excerpt on nearbywiki'],
  'https://en.wikipedia.org/wiki/Hongcheon': ['wp-en-hongcheon'],
  'https://en.wikipedia.org/wiki/Jeongseon_County': ['wp-en-jeongseon-county'],
  'https://enwikipedia.net/wiki/Gangneung': ['wp-en-gangneung', 'enwikipedia.net mirror'],
  'https://findatwiki.com/Yongsan_Station': ['wp-en-yongsan-station', 'findatwiki mirror'],
  'https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Pukhan_River': ['wp-en-bukhan-river', 'Kiwix mirror of the January 2024 dump'],
  'https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/Chuncheon_City': ['wp-en-chuncheon', 'Kiwix mirror of the October 2023 dump'],
  'https://pinocchiopedia.com/wiki/Gayang_Bridge': ['wp-en-gayang-bridge', 'pinocchiopedia mirror'],
  'https://profilbaru.com/en/Yongsan_Garrison': ['wp-en-yongsan-garrison', 'profilbaru mirror'],
  'https://review.clateway.com/wiki/view_html.php?q=Hwaseong_Fortress': ['wp-en-hwaseong-fortress', 'clateway mirror'],
  'https://sagapedia.com/en/Muakjae_station': ['wp-en-muakjae-station', 'sagapedia mirror'],
  'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Cheongpyeong_Lake': ['wp-en-cheongpyeong-lake', 'Kiwix mirror of the June 2025 dump'],
  'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Wonju-si': ['wp-en-wonju', 'Kiwix mirror of the June 2025 dump'],
  'https://wikiclassic.com/wiki/Dangsan_Railway_Bridge': ['wp-en-dangsan-railway-bridge', 'wikiclassic mirror'],
  'https://www.know.cf/enciclopedia/en/Beijing': ['wp-en-beijing', 'know.cf mirror'],
  'https://en-m-wikipedia-org.zproxy.org/wiki/Samcheok': ['wp-en-samcheok', 'mobile page through a proxy'],
  'https://de.zxc.wiki/wiki/Incheon': ['wp-de-incheon', 'zxc.wiki English rendering'],
  'https://de.zxc.wiki/wiki/Pyeongchang': ['wp-de-pyeongchang', 'zxc.wiki mirror'],
  'https://de.wikiup.org/wiki/Hoengseong': ['wp-de-hoengseong', 'wikiup mirror'],
  'https://defzone.net/wiki/de/Gwangju_(Gyeonggi-do)': ['wp-de-gwangju-gyeonggi', 'defzone mirror'],
  'http://wikipedia.qwika.com/de2en/Shenyang': ['wp-de-shenyang', 'qwika machine translation into English'],
  'https://wap.bdmobi.com/view_html.php?lang=de&q=Icheon&sq=Bangladesh': ['wp-de-icheon', 'bdmobi mirror'],
  'https://dewiki.de/Lexikon/Anseong': ['wp-de-anseong', 'dewiki.de mirror'],
  'https://de.knowledgr.com/14623747/HangangEisenbahnbruecke': ['wp-de-hangang-railway-bridge', 'knowledgr copy'],
  'https://de.wiki7.org/wiki/%D0%A5%D0%BE%D0%BD%D1%87%D1%85%D0%BE%D0%BD': ['wp-ru-hongcheon', 'wiki7 machine translation into German'],
  'https://de.wiki7.org/wiki/%D0%AF%D0%BD%D0%BF%D1%85%D1%91%D0%BD': ['wp-ru-yangpyeong', 'wiki7 machine translation into German'],
  'https://perceptiode.com/%D0%98%D1%87%D1%85%D0%BE%D0%BD': ['wp-ru-icheon', 'perceptiode machine translation into German'],
  'https://perceptiode.com/%D0%9A%D0%B0%D0%BF%D1%85%D1%91%D0%BD': ['wp-ru-gapyeong', 'perceptiode machine translation into German'],
  'https://perceptiohu.com/%D0%9A%D0%B0%D0%BD%D0%BD%D1%8B%D0%BD': ['wp-ru-gangneung', 'perceptiohu machine translation into Hungarian'],
  'https://fr.wiki7.org/wiki/%D0%9A%D0%BE%D1%80%D0%B5%D1%8F_%D0%BF%D0%BE%D0%B4_%D1%83%D0%BF%D1%80%D0%B0%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5%D0%BC_%D0%AF%D0%BF%D0%BE%D0%BD%D0%B8%D0%B8': ['wp-ru-korea-under-japanese-rule', 'wiki7 machine translation into French'],
  'http://ja.wikipedia.org/wiki/%E6%A8%AA%E5%9F%8E%E9%83%A1': ['wp-ja-hoengseong'],
  'https://infosekolah.net/ja/%E6%A5%8A%E5%8F%A3%E9%83%A1': ['wp-ja-yanggu', 'infosekolah mirror'],
  'https://ja-two.iwiki.icu/wiki/%E5%8A%A0%E5%B9%B3%E9%83%A1': ['wp-ja-gapyeong', 'iwiki mirror'],
  'https://ja-wiki.pages.dev/wiki/%E6%B0%B4%E5%8E%9F%E5%B8%82': ['wp-ja-suwon', 'pages.dev mirror'],
  'https://ja.m.wikipedia.org./wiki/%E6%A5%8A%E5%B9%B3%E9%83%A1': ['wp-ja-yangpyeong'],
  'https://ja.wikipedia.org/wiki/%E7%9B%88%E5%BE%B3%E9%83%A1': ['wp-ja-yeongdeok'],
  'http://fr.m.wikipedia.org/wiki/Seongsu_(m%C3%A9tro_de_S%C3%A9oul)': ['wp-fr-seongsu-station'],
  'https://kiwix.jackbot.fr/wikipedia_fr_all_maxi_2021-09/A/Pyeongtaek': ['wp-fr-pyeongtaek', 'Kiwix mirror of the September 2021 dump'],
  'http://fr.m.wiki.x.io/wiki/Jecheon': ['wp-fr-jecheon', 'wiki.x.io mirror'],
  'https://ro.frwiki.wiki/wiki/Yeongdeok': ['wp-fr-yeongdeok', 'frwiki.wiki machine translation into Romanian'],
  'https://s.gtool.pro/https/ko.wikipedia.org/wiki/%EC%A0%9C2%EC%B0%A8_%EC%9D%B8%EC%B2%9C_%EC%83%81%EB%A5%99_%EC%9E%91%EC%A0%84': ['wp-ko-second-incheon-landing', 'through a proxy (s.gtool.pro)'],
  'https://wiki.gdrain.workers.dev/wiki/%E7%AC%AC%E4%B8%89%E6%AC%A1%E6%B1%89%E5%9F%8E%E6%88%98%E5%BD%B9': ['wp-zh-third-battle-of-seoul', 'mirror on workers.dev'],
  'https://www.blogen.wiki/blog/vi/Tr%E1%BA%ADn_Seoul_l%E1%BA%A7n_th%E1%BB%A9_ba': ['wp-vi-third-battle-of-seoul', 'blogen.wiki machine translation'],
  'https://sco.wikipedia.org/wiki/Chuncheon': ['wp-sco-chuncheon'],
  'https://sco.wikipedia.org/wiki/Gimpo': ['wp-sco-gimpo'],
};

/** Refs that described how a page was gathered, not where in the work: dropped. */
const PROCESS_REF = /read by the east researcher|not re-read here|^popular account, not an archival source$|^popular history$|^Doc\. 111207|^secondary, English translation|^popular Chinese text quoting|^Wikisource transcription/;

function cleanLocator(ref: string | undefined): string | undefined {
  if (ref === undefined || PROCESS_REF.test(ref)) return undefined;
  return ref
    .replace(/ \(only the opening(?: of the chapter)? was retrievable\)/, '')
    .replace(/^mirror of ch\. X \(koreanwaronline\.com\), opening section$/, 'ch. X, opening section')
    .replace(/^daily entries/, 'entries');
}

const used = new Set<string>();
const copies = new Map<string, Map<string, string | undefined>>();

function workFor(url: string, where: string): string {
  const hit = URL_TO_WORK[url];
  if (hit === undefined) throw new Error(`${where}: no work for ${url}`);
  const [key, copyNote] = hit;
  const entry = WORKS.find((candidate) => candidate.id === key);
  if (entry === undefined) throw new Error(`${where}: no entry ${key}`);
  used.add(key);
  if (entry.URL !== url && !(entry.custom.alsoAt ?? []).includes(url)) {
    const list = copies.get(key) ?? new Map<string, string | undefined>();
    list.set(url, copyNote);
    copies.set(key, list);
  }
  return key;
}

interface OldSource { title: string; author?: string; url?: string; ref?: string; supports: string }

function convert(source: OldSource, where: string): { ref: string; locator?: string; supports: string } {
  if (source.url === undefined) throw new Error(`${where}: source without url: ${source.title}`);
  const ref = workFor(source.url, where);
  let locator = cleanLocator(source.ref);
  if (source.url.includes('oldid=645504635')) locator = ['revision of 3 February 2015', locator].filter(Boolean).join(', ');
  if (source.url.includes('page=110&')) locator ??= 'p. 112';
  return locator === undefined ? { ref, supports: source.supports } : { ref, locator, supports: source.supports };
}

function convertList(list: OldSource[] | undefined, where: string) {
  return list?.map((source, index) => convert(source, `${where}[${index}]`));
}

const geo = join(import.meta.dirname, '..');
for (const name of readdirSync(join(geo, 'places')).filter((file) => file.endsWith('.json'))) {
  const file = join(geo, 'places', name);
  const place = JSON.parse(readFileSync(file, 'utf8')) as { sources: OldSource[]; alternatives?: { sources?: OldSource[] }[] };
  place.sources = convertList(place.sources, name) as never;
  for (const [index, alternative] of (place.alternatives ?? []).entries()) {
    if (alternative.sources !== undefined) alternative.sources = convertList(alternative.sources, `${name} alt ${index}`) as never;
  }
  writeFileSync(file, `${JSON.stringify(place, null, 2)}\n`);
}

const eventsFile = join(geo, 'outcome', 'events.json');
const events = JSON.parse(readFileSync(eventsFile, 'utf8')) as { events: { id: string; versions: { sources: OldSource[] }[]; geometry?: { points?: { source: unknown }[] } }[] };
for (const event of events.events) {
  for (const version of event.versions) version.sources = convertList(version.sources, event.id) as never;
  for (const point of event.geometry?.points ?? []) {
    const text = point.source as string;
    const url = /https?:\/\/\S+/.exec(text)?.[0];
    if (url === undefined) throw new Error(`${event.id}: point source without url`);
    const coordinates = text.slice(text.indexOf(url) + url.length).replace(/^ : /, '');
    const fromGazetteer = text.startsWith('gazetteer ') ? ' (as in the gazetteer, geo/places/wonju.json)' : '';
    point.source = { ref: workFor(url, event.id), supports: `coordinates ${coordinates}${fromGazetteer}` };
  }
}
writeFileSync(eventsFile, `${JSON.stringify(events, null, 2)}\n`);

const bibliography = WORKS.filter((entry) => used.has(entry.id)).map((entry): Entry => {
  const read = [...(copies.get(entry.id) ?? new Map<string, string | undefined>()).entries()].map(([url, note]) => (note === undefined ? { url } : { url, note }));
  if (read.length === 0) return entry;
  const readNote = `Read in ${read.length === 1 ? 'a copy' : 'copies'} at ${read.map((copy) => copy.url).join('; ')}.`;
  return { ...entry, note: entry.note === undefined ? readNote : `${entry.note} ${readNote}`, custom: { ...entry.custom, copiesRead: read } };
});
const unused = WORKS.filter((entry) => !used.has(entry.id)).map((entry) => entry.id);
if (unused.length > 0) console.warn(`not cited, left out: ${unused.join(', ')}`);
writeFileSync(join(geo, 'sources', 'bibliography.json'), `${JSON.stringify(bibliography, null, 2)}\n`);
console.log(`${bibliography.length} works; ${[...copies.values()].reduce((sum, list) => sum + list.size, 0)} copies read`);
