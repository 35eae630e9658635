/**
 * Every string a reader sees, in Korean: the same keys as the English table in en.ts. Korean has no
 * plural forms; counts take a counter (건, 회) and are grouped with Intl ("1,234건"). Names passed in
 * may be in any script, so no particle that depends on a name's last sound (은/는, 이/가, 을/를,
 * 와/과) follows one: only 의, 에, 도 and the like, or the middle dot (일본·미국).
 */
import { formatList, formatNumber } from '../domain/format.ts';
import type { UiStrings } from './ui.ts';

const count = (value: number) => formatNumber(value, 'ko');
const list = (items: readonly string[]) => formatList(items, 'ko');

/** "협정 3건, 정상회담 2회, 기사 5건": what two countries share. */
const shared = (agreements: number, summits: number, reports: number) =>
  `협정 ${count(agreements)}건, 정상회담 ${count(summits)}회, 기사 ${count(reports)}건`;

export const ko = {
  siteTitle: '우주 외교 아카이브',
  tagline: '정상회담과 정상들, 그리고 우주 협력을 만들어 가는 합의의 기록',
  languageSwitch: {
    label: '언어',
    name: '한국어',
    missing: '(한국어판 없음: 첫 페이지로)',
    home: '한국어판 첫 페이지',
  },
  translation: {
    by: (translator) => `번역: ${translator}`,
    original: '영어 원문 보기',
  },
  untranslated: (n) => `영어 기사 ${count(n)}건이 더 있습니다`,
  editionNote: '영어 기사를 번역해 싣습니다. 모든 기사는 영어판에서 읽을 수 있습니다.',
  separator: ', ',
  reading: '읽는 법',
  colon: ': ',
  parentheses: { open: ' (', close: ')' },
  skipLink: '본문 바로가기',
  previewProblems: (n) => `콘텐츠 문제 ${count(n)}건: 이대로는 공개 사이트를 빌드할 수 없습니다`,
  previewProblemsHint:
    '수정한 뒤 저장하면 다음에 페이지를 불러올 때 이 목록이 갱신됩니다. 그때까지 문제가 있는 기사는 제외됩니다.',
  primaryNav: '주 메뉴',
  scheme: { label: '화면 테마', auto: '자동', light: '라이트', dark: '다크' },
  home: '최신',
  agreements: '협정',
  archive: '아카이브',
  footer: '국제 우주 협력에 관한 보도를 모은 아카이브입니다. 모든 기사에 출처를 밝힙니다.',
  latestHeading: '최신 기사',
  homeIntro: '정상회담과 그 자리에 모인 정상들, 그리고 그들이 맺은 우주 협정 소식을 전합니다.',
  articleCount: (n) => `기사 ${count(n)}건`,
  readingTime: (minutes) => `읽는 데 ${minutes}분`,
  published: '입력',
  updated: '수정',
  source: '출처',
  sourceBy: (publication, author) => (author ? `${publication} (글: ${author})` : publication),
  originalReport: '기사 원문',
  summitBox: '정상회담',
  agreementsInArticle: '이 기사에 나온 협정',
  topics: '주제',
  agreementKindLabel: '유형',
  agreementParties: '당사국',
  agreementLatest: '최근 진행 상황',
  agreementDate: '날짜',
  agreementArticles: '기사',
  agreementsIntro:
    '아카이브가 보도한 모든 협정·공약·대화를 최근 확인된 진행 상황과 함께 싣습니다. 항목마다 전체 경과를 볼 수 있습니다.',
  agreementHistoryIntro: '이 협정을 다룬 모든 기사입니다(오래된 순).',
  reported: '보도일',
  agreementColumn: '협정',
  agreementKinds: {
    'joint-statement': '공동성명',
    'memorandum-of-understanding': '양해각서',
    'implementation-agreement': '이행약정',
    agreement: '협정',
    dialogue: '대화',
    pledge: '공약',
  },
  agreementStatuses: {
    announced: '발표',
    'in-negotiation': '협상 중',
    signed: '서명',
    'in-force': '발효',
    dormant: '휴면',
    ended: '종료',
  },
  taxonomy: {
    countries: {
      plural: '국가',
      singular: '국가',
      intro: '아카이브에 나오는 모든 국가와 국가별 기사 수입니다.',
    },
    programs: {
      plural: '프로그램',
      singular: '프로그램',
      intro: '우주 프로그램과 협력 분야, 그리고 각각의 기사 수입니다.',
    },
    leaders: {
      plural: '인물',
      singular: '인물',
      intro: '기사에 나오는 정상과 정부 관계자, 전문가입니다.',
    },
    summits: {
      plural: '정상회담',
      singular: '정상회담',
      intro: '정상 간 회담을 최신순으로 싣고, 회담별 기사를 모았습니다.',
    },
  },
  termPageTitle: (name, page) => (page > 1 ? `${name} (${page}페이지)` : name),
  officialName: '공식 명칭',
  isoCode: 'ISO 코드',
  leadAgencies: '주관 기관',
  partners: '참여국',
  office: '직책',
  summitDate: '일정',
  summitHost: '개최지',
  summitLeaders: '참석 정상',
  archiveIntro: '게재 연도별 기사 목록입니다.',
  archiveYear: (year) => `${year}년 기사`,
  relations: {
    title: '양자 관계',
    singular: '양자 관계',
    intro:
      '협정·정상회담·기사 중 하나라도 함께하는 모든 국가 쌍과 그 내역입니다. 국가 쌍마다 별도의 페이지와 피드가 있습니다.',
    pairName: (a, b) => `${a}·${b}`,
    pairDescription: (a, b, agreements, summits, reports) =>
      `${a}·${b}의 우주 외교: ${shared(agreements, summits, reports)}.`,
    countries: '국가',
    pairSummary: (a, b, agreements, summits, reports) => `${a}·${b}: ${shared(agreements, summits, reports)}`,
    pairCounts: (agreements, summits, reports) => shared(agreements, summits, reports),
    agreementsHeading: '양국 간 협정',
    summitsHeading: '양국이 함께한 정상회담',
    noAgreements: '아카이브에 아직 양국 간 협정이 없습니다.',
    noSummits: '아카이브에 아직 양국이 함께한 정상회담이 없습니다.',
    multilateral: '다자',
    alsoParties: (names) => `그 밖에 ${names}도 참여`,
    pairColumn: '국가',
    agreementsColumn: '협정',
    summitsColumn: '정상회담',
    reportsColumn: '기사',
    listCaption: '모든 양자 관계와 건수',
    feedTitle: (a, b) => `${a}·${b} 관련 기사 (RSS)`,
    feedDescription: (a, b) => `Space Diplomacy Archive의 ${a}·${b} 관련 최신 기사.`,
    ofCountry: (name) => `${name}의 양자 관계`,
    ofCountryIntro: '협정·정상회담·기사 중 하나라도 함께하는 국가입니다.',
    ofAgreement: '당사국 간 관계',
    inArticle: '양자 관계',
    filterName: (a, b) => `${a} – ${b}`,
  },
  card: {
    leaderName: (name, nativeName) => (nativeName ? `${name} (${nativeName})` : name),
    alt: (kicker, title) => `Space Diplomacy Archive 미리보기 카드: ${kicker ? `${kicker}, ` : ''}${title}`,
  },
  breadcrumbHome: '홈',
  pagination: '페이지 이동',
  newer: '최근 기사',
  older: '지난 기사',
  firstPage: '처음',
  lastPage: '마지막',
  pageOf: (page, total) => `${count(total)}페이지 중 ${count(page)}페이지`,
  pageTitle: (title, page) => (page > 1 ? `${title} (${page}페이지)` : title),
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundText: '이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 링크 주소가 잘못되었을 수 있습니다.',
  notFoundHelp: '다음 페이지를 이용해 보세요:',
  externalLinkLabel: '(외부 링크)',
  headingAnchorLabel: '섹션 링크:',
  noArticles: '아직 기사가 없습니다.',
  timeline: '타임라인',
  timelineLatest: (shown, total) => `전체 ${count(total)}건 중 최근 ${count(shown)}건을 표시합니다.`,
  timelineTypes: { summit: '정상회담', agreement: '협정', article: '기사' },
  asOffice: (title) => `당시 ${title}`,
  relatedReading: '관련 기사',
  imageCredit: (credit) => `이미지 출처: ${credit}`,
  reportsHeading: '기사',
  moreReports: '이전·다음 기사',
  newerArticle: '다음 기사',
  olderArticle: '이전 기사',
  dataDownloads: '데이터 내려받기',
  dataArticlesJson: '전체 기사 (JSON)',
  dataAgreementsJson: '전체 협정과 경과 (JSON)',
  dataAgreementsCsv: '협정 목록표 (CSV)',
  siteFeedTitle: '최신 기사 (RSS)',
  termFeedTitle: (name) => `${name} 관련 기사 (RSS)`,
  termFeedDescription: (name) => `Space Diplomacy Archive의 ${name} 관련 최신 기사.`,
  subscribe: 'RSS 구독',
  worldMap: {
    caption:
      '아카이브에 나오는 국가를 당사국으로 참여한 협정 수에 따라 색으로 구분했습니다. 선은 협정·정상회담·기사 중 하나라도 함께하는 국가를 잇습니다.',
    country: (name, agreements, relations) => `${name}: 협정 ${count(agreements)}건, 양자 관계 ${count(relations)}건`,
    outsideArchive: '아카이브에 없음',
    noAgreements: '협정 없음',
    agreementRange: (from, to) => (from === to ? `협정 ${count(from)}건` : `협정 ${count(from)}~${count(to)}건`),
    lineKey: '선: 협정이 많을수록 굵고, 협정이 없으면 점선',
    linesLeftOut: (shown, total) =>
      `양자 관계 ${count(total)}건 중 관계가 긴밀한 ${count(shown)}건만 선으로 표시했습니다. 전체 목록은 아래 표에 있습니다.`,
    notOnMap: '지도에 표시되지 않은 국가:',
    notOnMapReason: '(지도 데이터에 윤곽선이 없음)',
    tables: '지도 내용을 표로 보기',
    countriesCaption: '국가별 협정과 양자 관계',
    relationsCaption: '국가 간 관계',
    columns: {
      country: '국가',
      relation: '국가',
      agreements: '협정',
      relations: '관계',
      summits: '정상회담',
      reports: '기사',
    },
  },
  charts: {
    legend: '범례',
    asTable: '차트 내용을 표로 보기',
    byYear: {
      caption: '연도별 협정 수 (최근 진행 상황 기준)',
      description: (first, last, total, peakYear, peakCount) =>
        `${first}년부터 ${last}년까지 연도별 막대그래프로, 협정의 최근 진행 상황에 따라 나눴습니다. 협정은 모두 ${count(total)}건이며, ${peakYear}년이 ${count(peakCount)}건으로 가장 많습니다.`,
      segment: (year, status, n) => `${year}년 ${status}: ${count(n)}건`,
      tableCaption: '최근 진행 상황의 연도 및 상황별 협정 수',
      year: '연도',
      total: '합계',
    },
    partners: {
      caption: (country) => `${country}의 상대국별 공동 협정 수`,
      bar: (partner, n) => `${partner}: 공동 협정 ${count(n)}건`,
    },
    matrix: {
      caption: '국가 쌍별 연결',
      note: '각 칸의 숫자와 색의 농도는 두 나라가 함께한 협정·정상회담·기사를 모두 더한 수입니다. 숫자마다 해당 국가 쌍의 페이지로 연결됩니다.',
      legend: '국가 쌍별 연결 수',
      level: (from, to) => (from === to ? `${from}` : `${from}~${to}`),
    },
  },
  search: '검색',
  searchPage: {
    description: '아카이브의 모든 기사를 검색어와 국가, 프로그램, 인물, 연도로 검색할 수 있습니다.',
    intro: '기사에 담긴 단어로 찾고, 국가·프로그램·인물·연도로 결과를 좁힐 수 있습니다.',
    queryLabel: '검색어',
    queryHint: '구절을 "큰따옴표"로 묶으면 그 구절 그대로 찾습니다.',
    filtersLegend: '검색 조건',
    filters: {
      country: { label: '국가', any: '전체 국가' },
      program: { label: '프로그램', any: '전체 프로그램' },
      leader: { label: '인물', any: '전체 인물' },
      relation: { label: '양자 관계', any: '전체 양자 관계' },
      year: { label: '연도', any: '전체 연도' },
    },
    submit: '검색',
    resultsHeading: '검색 결과',
    needsJavaScript: '아카이브를 검색하려면 JavaScript가 필요하지만, 이 브라우저에서 꺼져 있거나 불러오지 못했습니다.',
    failed: '검색 색인을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
    browseInstead: '모든 기사는 다음 목록에서도 찾을 수 있습니다:',
    archiveByYear: '연도별 아카이브',
    prompt: '검색어를 입력하거나 조건을 고른 뒤 ‘검색’을 누르세요.',
    searching: '검색 중…',
    showMore: '결과 더 보기',
    status: (n, query, filters) => {
      const narrowed = filters.length > 0 ? ` (검색 조건: ${list(filters)})` : '';
      if (query === '') {
        return n === 0
          ? `검색 조건(${list(filters)})에 해당하는 기사가 없습니다.`
          : `검색 조건(${list(filters)})에 해당하는 기사는 ${count(n)}건입니다.`;
      }
      return n === 0
        ? `‘${query}’에 대한 검색 결과가 없습니다${narrowed}.`
        : `‘${query}’에 대한 검색 결과는 ${count(n)}건입니다${narrowed}.`;
    },
  },
} satisfies UiStrings;
