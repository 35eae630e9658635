/**
 * Every string a reader sees, in one table per language. Pages and components never write visible
 * text themselves, so a second language is one more table.
 */
import type { AgreementKind, AgreementStatus } from '../schemas/article.ts';
import type { TaxonomyKind } from '../domain/taxonomy.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en = {
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

export type UiStrings = typeof en;

export const languages = { en } as const satisfies Record<string, UiStrings>;

/** The strings of the site's language. */
export const ui: UiStrings = languages.en;
