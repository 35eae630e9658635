/**
 * Every string a reader sees, in English: the table whose keys every language has (ui.ts), and the
 * site's default language.
 */
import type { AgreementKind, AgreementStatus } from '../schemas/article.ts';
import type { TaxonomyKind } from '../domain/taxonomy.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  /** The site's name in this language: page titles, the header, feeds, link-preview cards. */
  siteTitle: 'Space Diplomacy Archive',
  tagline: 'Summits, leaders and the agreements that shape cooperation in space',
  /** The header's language switcher: each language's entry is written in that language. */
  languageSwitch: {
    label: 'Language',
    name: 'English',
    /** After the name where the page has no version in this language: the link goes to its home. */
    missing: '(not in English: home page)',
    home: 'English home page',
  },
  /** What a translated article says about its translation (Japanese and Korean editions only). */
  translation: {
    by: (translator: string) => `Translated by ${translator}`,
    original: 'Read the original in English',
  },
  /** On a list of an edition: the reports not translated yet, a link away in English. */
  untranslated: (count: number) => `${plural(count, 'more report', 'more reports')} in English`,
  /** The home page of an edition: what it holds. */
  editionNote: 'Reports translated from English. Every report is in the English edition.',
  /** Between the items of an inline list of names or links. */
  separator: ', ',
  /** How a name in the page's language is read, where the data gives it (a leader's). */
  reading: 'Reading',
  /** After a label, before what it labels: "Source: SpaceNews". */
  colon: ': ',
  /** Around an aside after a name, such as the years of an office: " (2021 – )". */
  parentheses: { open: ' (', close: ')' },
  skipLink: 'Skip to main content',
  /** The live preview's list of content problems (`npm run dev` only; never on the published site). */
  previewProblems: (n: number) =>
    `${plural(n, 'content problem', 'content problems')}: the published site would not build`,
  previewProblemsHint:
    'Fix them and save: this list updates on the next page load. Articles with a problem are left out meanwhile.',
  primaryNav: 'Sections',
  scheme: { label: 'Theme', auto: 'Auto', light: 'Light', dark: 'Dark' },
  home: 'Latest',
  agreements: 'Agreements',
  archive: 'Archive',
  footer: 'An archive of reporting on international space cooperation. Each article names its source.',
  latestHeading: 'Latest reports',
  homeIntro: 'News of summits, the leaders who met there and the space agreements they made.',
  articleCount: (n: number) => plural(n, 'article', 'articles'),
  readingTime: (minutes: number) => `${minutes} min read`,
  published: 'Published',
  updated: 'Updated',
  source: 'Source',
  sourceBy: (publication: string, author?: string) => (author ? `${publication}, by ${author}` : publication),
  originalReport: 'original report',
  summitBox: 'Summit',
  agreementsInArticle: 'Agreements in this report',
  topics: 'Topics',
  agreementKindLabel: 'Kind',
  agreementParties: 'Parties',
  agreementLatest: 'Latest status',
  agreementDate: 'Date',
  agreementArticles: 'Reports',
  agreementsIntro:
    'Every agreement, pledge and dialogue the archive reports on, with its latest known status. Each links to its full history.',
  agreementHistoryIntro: 'Every report on this agreement, oldest first.',
  /** Shown before the article date where a report gives no date of its own. */
  reported: 'reported',
  agreementColumn: 'Agreement',
  agreementKinds: {
    'joint-statement': 'Joint statement',
    'memorandum-of-understanding': 'Memorandum of understanding',
    'implementation-agreement': 'Implementation agreement',
    agreement: 'Agreement',
    dialogue: 'Dialogue',
    pledge: 'Pledge',
  } satisfies Record<AgreementKind, string>,
  agreementStatuses: {
    announced: 'Announced',
    'in-negotiation': 'In negotiation',
    signed: 'Signed',
    'in-force': 'In force',
    dormant: 'Dormant',
    ended: 'Ended',
  } satisfies Record<AgreementStatus, string>,
  taxonomy: {
    countries: {
      plural: 'Countries',
      singular: 'Country',
      intro: 'Every country in the archive, with the number of reports about it.',
    },
    programs: {
      plural: 'Programs',
      singular: 'Program',
      intro: 'Space programs and fields of cooperation, with the number of reports about each.',
    },
    leaders: {
      plural: 'Leaders',
      singular: 'Leader',
      intro: 'Heads of government, officials and experts named in the reports.',
    },
    summits: {
      plural: 'Summits',
      singular: 'Summit',
      intro: 'Meetings of leaders, newest first, with the reports from each.',
    },
  } satisfies Record<TaxonomyKind, { plural: string; singular: string; intro: string }>,
  termPageTitle: (name: string, page: number) => (page > 1 ? `${name}, page ${page}` : name),
  officialName: 'Official name',
  isoCode: 'ISO code',
  leadAgencies: 'Lead agencies',
  partners: 'Partners',
  office: 'Office',
  summitDate: 'Date',
  summitHost: 'Host',
  summitLeaders: 'Leaders',
  archiveIntro: 'Reports by year of publication.',
  archiveYear: (year: string) => `Reports from ${year}`,
  relations: {
    title: 'Relations',
    singular: 'Relation',
    intro:
      'Every pair of countries that share an agreement, a summit or a report, with what they share. Each pair has its own page and feed.',
    pairName: (a: string, b: string) => `${a} and ${b}`,
    pairDescription: (a: string, b: string, agreements: number, summits: number, reports: number) =>
      `${a} and ${b} in space diplomacy: ${plural(agreements, 'agreement', 'agreements')}, ${plural(summits, 'summit', 'summits')}, ${plural(reports, 'report', 'reports')}.`,
    countries: 'Countries',
    /** A pair and what it shares, in one line: the accessible name of its mark on the map and the matrix. */
    pairSummary: (a: string, b: string, agreements: number, summits: number, reports: number) =>
      `${a} and ${b}: ${plural(agreements, 'agreement', 'agreements')}, ${plural(summits, 'summit', 'summits')}, ${plural(reports, 'report', 'reports')}`,
    pairCounts: (agreements: number, summits: number, reports: number) =>
      `${plural(agreements, 'agreement', 'agreements')}, ${plural(summits, 'summit', 'summits')}, ${plural(reports, 'report', 'reports')}`,
    agreementsHeading: 'Agreements between them',
    summitsHeading: 'Summits that brought them together',
    noAgreements: 'The archive has no agreement between them yet.',
    noSummits: 'The archive has no summit that brought them together yet.',
    multilateral: 'Multilateral',
    /** The other parties of a multilateral agreement. */
    alsoParties: (names: string) => `also ${names}`,
    pairColumn: 'Countries',
    agreementsColumn: 'Agreements',
    summitsColumn: 'Summits',
    reportsColumn: 'Reports',
    listCaption: 'Every relation, with its counts',
    feedTitle: (a: string, b: string) => `Reports on ${a} and ${b} (RSS)`,
    feedDescription: (a: string, b: string) =>
      `The latest reports on ${a} and ${b} together, from the Space Diplomacy Archive.`,
    ofCountry: (name: string) => `Relations of ${name}`,
    ofCountryIntro: 'The countries it shares agreements, summits or reports with.',
    ofAgreement: 'Relations between its parties',
    inArticle: 'Relations',
    /** Search filter values and article links: one relation in a few words. */
    filterName: (a: string, b: string) => `${a} – ${b}`,
  },
  /** Text of link-preview cards (src/output/page-cards.ts). */
  card: {
    leaderName: (name: string, nativeName?: string) => (nativeName ? `${name} (${nativeName})` : name),
    alt: (kicker: string | undefined, title: string) =>
      `Preview card of the Space Diplomacy Archive: ${kicker ? `${kicker}, ` : ''}${title}`,
  },
  breadcrumbHome: 'Home',
  pagination: 'Pages',
  newer: 'Newer',
  older: 'Older',
  firstPage: 'First',
  lastPage: 'Last',
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  pageTitle: (title: string, page: number) => (page > 1 ? `${title} (page ${page})` : title),
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  notFoundHelp: 'Try one of these instead:',
  externalLinkLabel: '(external link)',
  headingAnchorLabel: 'Link to section:',
  noArticles: 'No reports yet.',
  timeline: 'Timeline',
  timelineLatest: (shown: number, total: number) => `The latest ${shown} of ${total} events.`,
  timelineTypes: { summit: 'Summit', agreement: 'Agreement', article: 'Report' },
  asOffice: (title: string) => `as ${title}`,
  relatedReading: 'Related reading',
  imageCredit: (credit: string) => `Credit: ${credit}`,
  reportsHeading: 'Reports',
  moreReports: 'More reports',
  newerArticle: 'Newer report',
  olderArticle: 'Older report',
  dataDownloads: 'Download the data',
  dataArticlesJson: 'All articles (JSON)',
  dataAgreementsJson: 'All agreements with their history (JSON)',
  dataAgreementsCsv: 'Agreements table (CSV)',
  siteFeedTitle: 'Latest reports (RSS)',
  termFeedTitle: (name: string) => `Reports on ${name} (RSS)`,
  termFeedDescription: (name: string) => `The latest reports on ${name} from the Space Diplomacy Archive.`,
  subscribe: 'Subscribe (RSS)',
  /** The world map on the countries page (src/components/WorldMap.astro). */
  worldMap: {
    caption:
      'Countries in the archive, shaded by the number of agreements each is party to. Lines join countries that share an agreement, a summit or a report.',
    country: (name: string, agreements: number, relations: number) =>
      `${name}: ${plural(agreements, 'agreement', 'agreements')}, ${plural(relations, 'relation', 'relations')}`,
    outsideArchive: 'Not in the archive',
    noAgreements: 'No agreements',
    agreementRange: (from: number, to: number) =>
      from === to ? plural(from, 'agreement', 'agreements') : `${from}–${to} agreements`,
    lineKey: 'Relation: the more agreements, the thicker; dashed without one',
    linesLeftOut: (shown: number, total: number) =>
      `Lines are drawn for the ${shown} strongest of ${total} relations; the tables below list them all.`,
    notOnMap: 'Not on the map:',
    notOnMapReason: '(no outline in the map data)',
    tables: 'The map as tables',
    countriesCaption: 'Countries, with their agreements and relations',
    relationsCaption: 'Relations between countries',
    columns: {
      country: 'Country',
      relation: 'Countries',
      /** A soft hyphen: the four columns of the relations table then fit a 320 px screen. */
      agreements: 'Agree\u00adments',
      relations: 'Relations',
      summits: 'Summits',
      reports: 'Reports',
    },
  },
  /** The charts drawn at build time (src/output/charts.ts). */
  charts: {
    legend: 'Legend',
    asTable: 'The chart as a table',
    byYear: {
      caption: 'Agreements by the year of their latest status',
      description: (first: string, last: string, total: number, peakYear: string, peakCount: number) =>
        `One bar for each year from ${first} to ${last}, split by the agreements’ latest status: ${plural(total, 'agreement', 'agreements')} in all, the most (${peakCount}) in ${peakYear}.`,
      segment: (year: string, status: string, count: number) => `${year}, ${status}: ${count}`,
      tableCaption: 'Agreements by the year of their latest status, and that status',
      year: 'Year',
      total: 'Total',
    },
    partners: {
      caption: (country: string) => `Partners of ${country} by shared agreements`,
      bar: (partner: string, count: number) => `${partner}: ${plural(count, 'shared agreement', 'shared agreements')}`,
    },
    matrix: {
      caption: 'Ties between pairs of countries',
      note: 'The number in each cell, and its shade, counts what the two countries share: agreements, summits and reports together. Each number links to the pair’s page.',
      legend: 'Ties per pair',
      level: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
    },
  },
  search: 'Search',
  searchPage: {
    description: 'Search every report in the archive, by word and by country, program, leader or year.',
    intro: 'Find reports by the words in them, and narrow the results by country, program, leader or year.',
    queryLabel: 'Words to look for',
    queryHint: 'Put a phrase in "quotes" to find it exactly.',
    filtersLegend: 'Narrow the results',
    filters: {
      country: { label: 'Country', any: 'Any country' },
      program: { label: 'Program', any: 'Any program' },
      leader: { label: 'Leader', any: 'Any leader' },
      relation: { label: 'Relation', any: 'Any relation' },
      year: { label: 'Year', any: 'Any year' },
    },
    submit: 'Search',
    resultsHeading: 'Results',
    needsJavaScript: 'Searching the archive needs JavaScript, which is turned off or did not load in this browser.',
    failed: 'The search index could not be loaded. Try again later.',
    browseInstead: 'Every report can also be found through these indexes:',
    archiveByYear: 'Archive by year',
    prompt: 'Type a word, or choose a filter, then press Search.',
    searching: 'Searching…',
    showMore: 'Show more results',
    /** The status line after a search: the count, the words and any filters that narrowed it. */
    status: (count: number, query: string, filters: readonly string[]) => {
      const narrowed = filters.length > 0 ? ` (filtered by ${filters.join(', ')})` : '';
      if (query === '') {
        const matches =
          count === 0 ? 'No articles match' : count === 1 ? '1 article matches' : `${count} articles match`;
        return `${matches} ${filters.join(', ')}.`;
      }
      return count === 0
        ? `No articles match “${query}”${narrowed}.`
        : `${plural(count, 'result', 'results')} for “${query}”${narrowed}.`;
    },
  },
} as const;
