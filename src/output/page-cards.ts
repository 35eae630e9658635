/**
 * Which link-preview picture each page gets. An article with its own image uses it (cropped to
 * 1200×630 by the article route); every other page uses a card drawn at build time
 * (src/output/cards.ts). Cards are per term, not per page: a country, program, leader, summit or
 * agreement has its own card, each section and year list one; an article without an image takes
 * the card of its summit, else of its first country, and a relation page the card of the relations
 * section. That keeps the number of cards to the number of terms (about 600 at 10,000 articles,
 * instead of 16,000 pages or 1,400 with a card per pair of countries), which is what lets the cold
 * build afford them: each card costs some 12 ms of a core.
 * `allCards` lists every card these functions can give, for the route that draws them: both use the
 * same functions, and the build tests hold that every page's picture exists.
 */
import { siteConfig } from '../config.ts';
import type { Agreement } from '../domain/agreements.ts';
import type { Archive, ArticleRecord, DataFacts } from '../domain/archive.ts';
import { formatDate } from '../domain/dates.ts';
import { summitCountries } from '../domain/relations.ts';
import { taxonomyKinds, type TaxonomyKind } from '../domain/taxonomy.ts';
import { localeOf, isLanguage, defaultLanguage } from '../i18n/languages.ts';
import { uiFor } from '../i18n/ui.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, type CardSpec } from './cards.ts';
import { absoluteUrl, urls } from './urls.ts';

/** A page's link-preview picture, as its `og:image` tags give it. */
export interface PreviewImage {
  /** Absolute URL. */
  src: string;
  alt: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
}

/** The data-file facts cards are made of: every page key covers them (see DataFacts). */
export type CardFacts = Pick<
  DataFacts,
  'lang' | 'countries' | 'leaders' | 'programs' | 'summits' | 'termName' | 'nameLang' | 'original'
>;

/** A card's language is its edition's: the strings, the date format and the site name follow it. */
const languageOf = (lang: string) => (isLanguage(lang) ? lang : defaultLanguage);
const stringsOf = (lang: string) => uiFor(languageOf(lang));
const formatted = (date: string, lang: string) => formatDate(date, localeOf[languageOf(lang)], siteConfig.timeZone);
const countryNames = (facts: CardFacts, ids: readonly string[]) => ids.map((id) => facts.termName('countries', id));

/** A section's card: its title and the site name (home, lists, search, year archive, 404). */
export function sectionCard(title: string, lang: string): CardSpec {
  return { title, countries: [], lang, siteName: stringsOf(lang).siteTitle };
}

export function termCard(facts: CardFacts, kind: TaxonomyKind, id: string): CardSpec {
  // An edition that names the term in English takes the English card: the same subject, once drawn.
  if (facts.original && facts.nameLang(kind, id) !== facts.lang) return termCard(facts.original, kind, id);
  const { lang } = facts;
  const ui = stringsOf(lang);
  const kicker = ui.taxonomy[kind].singular;
  const common = { kicker, lang, siteName: ui.siteTitle };
  const title = facts.termName(kind, id);
  if (kind === 'leaders') {
    const leader = facts.leaders.get(id);
    return {
      ...common,
      // A leader's own script is given beside an English name; in an edition the name is local already.
      title: lang === defaultLanguage ? ui.card.leaderName(title, leader?.nativeName) : title,
      countries: leader ? countryNames(facts, [leader.country]) : [],
    };
  }
  if (kind === 'summits') {
    const summit = facts.summits.get(id);
    if (!summit) return { ...common, title, countries: [] };
    return {
      ...common,
      title,
      date: formatted(summit.startDate, lang),
      countries: countryNames(facts, summitCountries(summit, facts.leaders)),
    };
  }
  if (kind === 'programs')
    return { ...common, title, countries: countryNames(facts, facts.programs.get(id)?.partners ?? []) };
  return { ...common, title, countries: [] };
}

export function agreementCard(facts: CardFacts, agreement: Agreement): CardSpec {
  const original = facts.original?.agreement(agreement.id);
  if (original && facts.nameLang('agreements', agreement.id) !== facts.lang)
    return agreementCard(facts.original!, original);
  const ui = stringsOf(facts.lang);
  return {
    title: agreement.title,
    lang: facts.lang,
    siteName: ui.siteTitle,
    kicker: `${ui.agreementKinds[agreement.kind]} · ${ui.agreementStatuses[agreement.latest.status]}`,
    date: formatted(agreement.latest.date, facts.lang),
    countries: countryNames(facts, agreement.parties),
  };
}

/** An article without an image of its own: the card of its summit, else of its first country. */
export function articleCard(facts: CardFacts, article: Pick<ArticleRecord, 'summit' | 'countries'>): CardSpec {
  if (article.summit) return termCard(facts, 'summits', article.summit);
  const [country] = article.countries;
  return country ? termCard(facts, 'countries', country) : sectionCard(stringsOf(facts.lang).siteTitle, facts.lang);
}

/** The titles of every section card a page uses. */
function sectionTitles(archive: Archive): string[] {
  const ui = stringsOf(archive.lang);
  return [
    ui.siteTitle,
    ...taxonomyKinds.map((kind) => ui.taxonomy[kind].plural),
    ui.agreements,
    ui.relations.title,
    ui.archive,
    ui.search,
    ...archive.years.map(({ year }) => ui.archiveYear(year)),
  ];
}

/** Every card the pages of the given editions use, by key. */
export function allCards(editions: readonly Archive[]): Map<string, CardSpec> {
  const specs = editions.flatMap((archive) => [
    ...sectionTitles(archive).map((title) => sectionCard(title, archive.lang)),
    ...taxonomyKinds.flatMap((kind) => archive.terms[kind].map((term) => termCard(archive, kind, term.id))),
    ...archive.agreements.map((agreement) => agreementCard(archive, agreement)),
  ]);
  return new Map(specs.map((spec) => [cardKey(spec), spec]));
}

/** The `og:image` of a page whose picture is a card. */
export function cardPreview(spec: CardSpec): PreviewImage {
  return {
    src: absoluteUrl(urls.card(cardKey(spec))),
    alt: stringsOf(spec.lang ?? defaultLanguage).card.alt(spec.kicker, spec.title),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
  };
}
