/**
 * Every string a reader sees, in Japanese: the same keys as the English table in en.ts. Japanese has
 * no plural forms; counts take a counter (件, 回) and are grouped with Intl ("1,234件").
 */
import { formatList, formatNumber } from '../domain/format.ts';
import type { UiStrings } from './ui.ts';

const count = (value: number) => formatNumber(value, 'ja');
const list = (items: readonly string[]) => formatList(items, 'ja');

/** 「合意3件、首脳会談2回、記事5件」: what two countries share. */
const shared = (agreements: number, summits: number, reports: number) =>
  `合意${count(agreements)}件、首脳会談${count(summits)}回、記事${count(reports)}件`;

export const ja = {
  siteTitle: '宇宙外交アーカイブ',
  tagline: '首脳会談と首脳、そして宇宙協力を形づくる合意の記録',
  languageSwitch: {
    label: '言語',
    name: '日本語',
    missing: '（日本語版なし：トップページへ）',
    home: '日本語版トップページ',
  },
  translation: {
    by: (translator) => `翻訳：${translator}`,
    original: '英語の原文を読む',
  },
  untranslated: (n) => `ほかに英語の記事が${count(n)}件あります`,
  editionNote: '英語の記事を翻訳して掲載しています。すべての記事は英語版でお読みいただけます。',
  separator: '、',
  reading: '読み',
  colon: '：',
  parentheses: { open: '（', close: '）' },
  skipLink: '本文へ移動',
  previewProblems: (n) => `コンテンツに${count(n)}件の問題があります。このままでは公開サイトをビルドできません`,
  previewProblemsHint:
    '修正して保存すると、次にページを読み込んだときにこの一覧が更新されます。問題のある記事は、それまで表示されません。',
  primaryNav: 'メインメニュー',
  scheme: { label: '配色', auto: '自動', light: 'ライト', dark: 'ダーク' },
  home: '最新',
  agreements: '合意',
  archive: 'アーカイブ',
  footer: '宇宙分野の国際協力に関する報道のアーカイブです。各記事に出典を明記しています。',
  latestHeading: '最新記事',
  homeIntro: '首脳会談と、そこに集った首脳、そして結ばれた宇宙分野の合意を伝えるニュース。',
  articleCount: (n) => `${count(n)}件の記事`,
  readingTime: (minutes) => `${minutes}分で読めます`,
  published: '公開',
  updated: '更新',
  source: '出典',
  sourceBy: (publication, author) => (author ? `${publication}（執筆：${author}）` : publication),
  originalReport: '元記事',
  summitBox: '首脳会談',
  agreementsInArticle: 'この記事に登場する合意',
  topics: 'トピック',
  agreementKindLabel: '種類',
  agreementParties: '当事国',
  agreementLatest: '最新の状況',
  agreementDate: '日付',
  agreementArticles: '記事',
  agreementsIntro:
    'アーカイブが報じたすべての合意・誓約・対話を、判明している最新の状況とともに掲載しています。それぞれのページで経緯をたどれます。',
  agreementHistoryIntro: 'この合意に関するすべての記事（古い順）。',
  reported: '報道日',
  agreementColumn: '合意',
  agreementKinds: {
    'joint-statement': '共同声明',
    'memorandum-of-understanding': '覚書',
    'implementation-agreement': '実施取決め',
    agreement: '協定',
    dialogue: '対話',
    pledge: '誓約',
  },
  agreementStatuses: {
    announced: '発表',
    'in-negotiation': '交渉中',
    signed: '署名済み',
    'in-force': '発効',
    dormant: '休止',
    ended: '終了',
  },
  taxonomy: {
    countries: {
      plural: '国・地域',
      singular: '国・地域',
      intro: 'アーカイブに登場するすべての国・地域と、それぞれの記事の件数。',
    },
    programs: {
      plural: '計画',
      singular: '計画',
      intro: '宇宙計画と協力分野、それぞれの記事の件数。',
    },
    leaders: {
      plural: '人物',
      singular: '人物',
      intro: '記事に登場する首脳、政府関係者、専門家。',
    },
    summits: {
      plural: '首脳会談',
      singular: '首脳会談',
      intro: '首脳による会談を新しい順に掲載し、それぞれの記事をまとめています。',
    },
  },
  termPageTitle: (name, page) => (page > 1 ? `${name}（${page}ページ目）` : name),
  officialName: '正式名称',
  isoCode: 'ISOコード',
  leadAgencies: '主導機関',
  partners: '参加国',
  office: '役職',
  summitDate: '日程',
  summitHost: '開催地',
  summitLeaders: '出席した首脳',
  archiveIntro: '掲載年別の記事一覧。',
  archiveYear: (year) => `${year}年の記事`,
  relations: {
    title: '二国間関係',
    singular: '二国間関係',
    intro:
      '合意・首脳会談・記事のいずれかを共にする国の組み合わせと、その内訳。組み合わせごとにページとフィードがあります。',
    pairName: (a, b) => `${a}と${b}`,
    pairDescription: (a, b, agreements, summits, reports) =>
      `宇宙外交における${a}と${b}：${shared(agreements, summits, reports)}。`,
    countries: '国・地域',
    pairSummary: (a, b, agreements, summits, reports) => `${a}と${b}：${shared(agreements, summits, reports)}`,
    pairCounts: (agreements, summits, reports) => shared(agreements, summits, reports),
    agreementsHeading: '両国間の合意',
    summitsHeading: '両国が参加した首脳会談',
    noAgreements: '両国間の合意は、まだアーカイブにありません。',
    noSummits: '両国が参加した首脳会談は、まだアーカイブにありません。',
    multilateral: '多国間',
    alsoParties: (names) => `ほかに${names}も参加`,
    pairColumn: '国・地域',
    agreementsColumn: '合意',
    summitsColumn: '首脳会談',
    reportsColumn: '記事',
    listCaption: 'すべての二国間関係とその件数',
    feedTitle: (a, b) => `${a}と${b}に関する記事（RSS）`,
    feedDescription: (a, b) => `Space Diplomacy Archive による、${a}と${b}の両方に関する最新記事。`,
    ofCountry: (name) => `${name}の二国間関係`,
    ofCountryIntro: '合意・首脳会談・記事のいずれかを共にする国・地域。',
    ofAgreement: '当事国どうしの関係',
    inArticle: '二国間関係',
    filterName: (a, b) => `${a} – ${b}`,
  },
  card: {
    leaderName: (name, nativeName) => (nativeName ? `${name}（${nativeName}）` : name),
    alt: (kicker, title) => `Space Diplomacy Archive のプレビューカード：${kicker ? `${kicker}、` : ''}${title}`,
  },
  breadcrumbHome: 'ホーム',
  pagination: 'ページ送り',
  newer: '新しい記事',
  older: '過去の記事',
  firstPage: '最初',
  lastPage: '最後',
  pageOf: (page, total) => `全${count(total)}ページ中${count(page)}ページ目`,
  pageTitle: (title, page) => (page > 1 ? `${title}（${page}ページ目）` : title),
  notFoundTitle: 'ページが見つかりません',
  notFoundText: 'このアドレスのページはありません。移動したか、リンクのアドレスが間違っている可能性があります。',
  notFoundHelp: '次のページをご利用ください：',
  externalLinkLabel: '（外部リンク）',
  headingAnchorLabel: 'セクションへのリンク：',
  noArticles: 'まだ記事はありません。',
  timeline: '年表',
  timelineLatest: (shown, total) => `全${count(total)}件のうち、最新の${count(shown)}件を表示しています。`,
  timelineTypes: { summit: '首脳会談', agreement: '合意', article: '記事' },
  asOffice: (title) => `当時の${title}`,
  relatedReading: '関連記事',
  imageCredit: (credit) => `画像：${credit}`,
  reportsHeading: '記事',
  moreReports: '前後の記事',
  newerArticle: '次の記事',
  olderArticle: '前の記事',
  dataDownloads: 'データのダウンロード',
  dataArticlesJson: '全記事（JSON）',
  dataAgreementsJson: '全合意とその経緯（JSON）',
  dataAgreementsCsv: '合意の一覧表（CSV）',
  siteFeedTitle: '最新記事（RSS）',
  termFeedTitle: (name) => `${name}に関する記事（RSS）`,
  termFeedDescription: (name) => `Space Diplomacy Archive による、${name}に関する最新記事。`,
  subscribe: 'RSSで購読',
  worldMap: {
    caption:
      'アーカイブに登場する国・地域を、当事国となっている合意の数で色分けしています。線は、合意・首脳会談・記事のいずれかを共にする国どうしを結んでいます。',
    country: (name, agreements, relations) => `${name}：合意${count(agreements)}件、二国間関係${count(relations)}件`,
    outsideArchive: 'アーカイブ対象外',
    noAgreements: '合意なし',
    agreementRange: (from, to) => (from === to ? `合意${count(from)}件` : `合意${count(from)}～${count(to)}件`),
    lineKey: '線：合意が多いほど太く、合意がなければ破線',
    linesLeftOut: (shown, total) =>
      `全${count(total)}件の二国間関係のうち、結び付きの強い${count(shown)}件を線で示しています。すべての関係は下の表に掲載しています。`,
    notOnMap: '地図に表示されていない国・地域：',
    notOnMapReason: '（地図データに輪郭がないため）',
    tables: '地図の内容を表で見る',
    countriesCaption: '国・地域別の合意と二国間関係',
    relationsCaption: '国どうしの関係',
    columns: {
      country: '国・地域',
      relation: '国・地域',
      agreements: '合意',
      relations: '関係',
      summits: '首脳会談',
      reports: '記事',
    },
  },
  charts: {
    legend: '凡例',
    asTable: 'グラフの内容を表で見る',
    byYear: {
      caption: '年別の合意数（最新の状況に至った年で集計）',
      description: (first, last, total, peakYear, peakCount) =>
        `${first}年から${last}年までの年ごとの棒グラフで、合意の最新の状況別に色分けしています。合意は計${count(total)}件で、最も多いのは${peakYear}年の${count(peakCount)}件です。`,
      segment: (year, status, n) => `${year}年・${status}：${count(n)}件`,
      tableCaption: '最新の状況に至った年と、その状況別の合意数',
      year: '年',
      total: '合計',
    },
    partners: {
      caption: (country) => `${country}の相手国別の共通の合意数`,
      bar: (partner, n) => `${partner}：共通の合意${count(n)}件`,
    },
    matrix: {
      caption: '国の組み合わせごとの結び付き',
      note: '各セルの数字とその濃淡は、2か国が共にする合意・首脳会談・記事の合計を表します。各数字から、その2か国のページに移動できます。',
      legend: '組み合わせごとの結び付きの数',
      level: (from, to) => (from === to ? `${from}` : `${from}～${to}`),
    },
  },
  search: '検索',
  searchPage: {
    description: 'アーカイブの全記事を、キーワードや国・地域、計画、人物、年で検索できます。',
    intro: '記事に含まれる語句で探し、国・地域、計画、人物、年で結果を絞り込めます。',
    queryLabel: '検索語',
    queryHint: '語句を "二重引用符" で囲むと、その語句どおりに検索します。',
    filtersLegend: '絞り込み',
    filters: {
      country: { label: '国・地域', any: 'すべての国・地域' },
      program: { label: '計画', any: 'すべての計画' },
      leader: { label: '人物', any: 'すべての人物' },
      relation: { label: '二国間関係', any: 'すべての二国間関係' },
      year: { label: '年', any: 'すべての年' },
    },
    submit: '検索',
    resultsHeading: '検索結果',
    needsJavaScript:
      'アーカイブの検索にはJavaScriptが必要ですが、このブラウザーでは無効になっているか、読み込まれませんでした。',
    failed: '検索インデックスを読み込めませんでした。しばらくしてから、もう一度お試しください。',
    browseInstead: 'すべての記事は、次の一覧からもたどれます：',
    archiveByYear: '年別アーカイブ',
    prompt: '語句を入力するか絞り込み条件を選んで、「検索」を押してください。',
    searching: '検索中…',
    showMore: 'さらに表示',
    status: (n, query, filters) => {
      const narrowed = filters.length > 0 ? `（絞り込み条件：${list(filters)}）` : '';
      if (query === '') {
        return n === 0
          ? `絞り込み条件（${list(filters)}）に該当する記事はありません。`
          : `絞り込み条件（${list(filters)}）に該当する記事は${count(n)}件です。`;
      }
      return n === 0
        ? `「${query}」に一致する記事は見つかりませんでした${narrowed}。`
        : `「${query}」に一致する記事が${count(n)}件見つかりました${narrowed}。`;
    },
  },
} satisfies UiStrings;
