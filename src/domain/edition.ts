/**
 * A language edition of the archive: the same facts in the reader's language. Agreements, their
 * statuses, summits and relations are the English archive's, so no edition can disagree with
 * another on a fact; names come from the data files' `names` where they give one; the articles
 * listed are those translated into the language, with the translated headline and dek. An
 * edition is an `Archive`, so every page and component serves every language unchanged.
 */
import { indexArchive, type Archive, type ArticleRecord, type ArticleTranslation, type NameKind } from './archive.ts';
import type { Agreement, AgreementEvent } from './agreements.ts';
import { nameIn, type Named } from './names.ts';
import type { Relation } from './relations.ts';
import { taxonomyKinds, type TaxonomyKind, type Term } from './taxonomy.ts';

/** A translation of one article, as the content loader reads it. */
export interface TranslationRecord extends ArticleTranslation {
  /** The original article's id. */
  id: string;
  title: string;
  description: string;
  /** Of the translated text, which a reader reads instead of the original. */
  readingMinutes: number;
  /** Titles of the original's agreements in the translation's language, by agreement id. */
  agreementTitles?: Readonly<Record<string, string>> | undefined;
}

interface Localisable {
  id: string;
  name: string;
  names?: Named['names'];
}

/**
 * The edition of `archive` in `lang`, from the translations into it (published ones only: the
 * caller leaves drafts out). Agreement titles come from the translations' `agreementTitles`: the
 * oldest translated report that gives one, as the English title comes from the oldest mention.
 */
export function buildEdition(archive: Archive, lang: string, translations: readonly TranslationRecord[]): Archive {
  if (lang === archive.lang) return archive;
  const collator = new Intl.Collator(lang);
  /** A text of the data files in this language where they give it, else as written. */
  const textIn = (text: string, names: Named['names']) => nameIn({ name: text, names }, lang, archive.lang).text;
  const fallbacks = new Set<string>();
  const local = <T extends Localisable>(kind: NameKind, entity: T): T => {
    const name = nameIn(entity, lang, archive.lang);
    if (name.lang !== lang) fallbacks.add(`${kind}/${entity.id}`);
    return name.lang === lang ? { ...entity, name: name.text } : entity;
  };
  const localMap = <T extends Localisable>(kind: NameKind, map: ReadonlyMap<string, T>) =>
    new Map([...map].map(([id, entity]) => [id, local(kind, entity)]));
  const countries = new Map(
    [...localMap('countries', archive.countries)].map(([id, country]) => [
      id,
      { ...country, officialName: textIn(country.officialName, country.officialNames) },
    ]),
  );
  const leaders = new Map(
    [...localMap('leaders', archive.leaders)].map(([id, leader]) => [
      id,
      {
        ...leader,
        offices: leader.offices.map((office) => ({ ...office, title: textIn(office.title, office.titles) })),
      },
    ]),
  );
  const programs = localMap('programs', archive.programs);
  const summits = new Map(
    [...localMap('summits', archive.summits)].map(([id, summit]) => [
      id,
      { ...summit, city: textIn(summit.city, summit.cityNames) },
    ]),
  );
  const definitions = { countries, leaders, programs, summits } satisfies Record<TaxonomyKind, unknown>;

  const translationOf = new Map(translations.map((translation) => [translation.id, translation]));
  const translated = archive.articles.filter((article) => translationOf.has(article.id));
  // Oldest report first, so the title an agreement takes is the one its oldest translated report gives.
  const agreementTitles = new Map<string, string>();
  for (const article of [...translated].reverse()) {
    for (const [id, title] of Object.entries(translationOf.get(article.id)?.agreementTitles ?? {})) {
      if (!agreementTitles.has(id)) agreementTitles.set(id, title);
    }
  }
  const records = new Map<string, ArticleRecord>();
  const articles = translated.map((original) => {
    const {
      title,
      description,
      readingMinutes,
      lang: translationLang,
      translator,
      translationNote,
      file,
    } = translationOf.get(original.id)!;
    const record: ArticleRecord = {
      ...original,
      title,
      description,
      readingMinutes,
      // The agreements it reports on under their titles in this language, where one is given.
      agreements: original.agreements.map((mention) => ({
        ...mention,
        title: agreementTitles.get(mention.id) ?? mention.title,
      })),
      translation: { lang: translationLang, translator, translationNote, file },
    };
    records.set(original.id, record);
    return record;
  });
  const listed = (list: readonly ArticleRecord[]) => list.flatMap((article) => records.get(article.id) ?? []);

  const localEvent = (event: AgreementEvent): AgreementEvent => {
    const record = records.get(event.articleId);
    return record
      ? { ...event, articleTitle: record.title, articleLang: lang }
      : { ...event, articleLang: archive.lang };
  };
  const agreementMap = new Map<Agreement, Agreement>(
    archive.agreements.map((agreement) => {
      const title = agreementTitles.get(agreement.id);
      if (title === undefined) fallbacks.add(`agreements/${agreement.id}`);
      const history = agreement.history.map(localEvent);
      const localised = { ...agreement, title: title ?? agreement.title, history, latest: history.at(-1)! };
      return [agreement, localised];
    }),
  );
  const agreements = [...agreementMap.values()];

  const terms = Object.fromEntries(
    taxonomyKinds.map((kind) => {
      const localTerms: Term<ArticleRecord>[] = archive.terms[kind].map((term) => ({
        ...term,
        name: definitions[kind].get(term.id)?.name ?? term.name,
        articles: listed(term.articles),
      }));
      // Summits stay newest first; the other lists go by name, as the language sorts it.
      if (kind !== 'summits') localTerms.sort((a, b) => collator.compare(a.name, b.name));
      return [kind, localTerms];
    }),
  ) as Record<TaxonomyKind, Term<ArticleRecord>[]>;

  // A pair the English archive has through reports alone, none of them translated, has nothing to
  // show in this language: the edition leaves it out (its map, matrix and pages).
  const relations: Relation<ArticleRecord>[] = archive.relations
    .map((relation) => ({
      ...relation,
      agreements: relation.agreements.map((agreement) => agreementMap.get(agreement) ?? agreement),
      summits: relation.summits.map((summit) => summits.get(summit.id) ?? summit),
      articles: listed(relation.articles),
    }))
    .filter((relation) => relation.agreements.length + relation.summits.length + relation.articles.length > 0);
  return indexArchive({
    lang,
    original: archive,
    articles,
    countries,
    leaders,
    programs,
    summits,
    terms,
    agreements,
    relations,
    nameLang: (kind, id) => (fallbacks.has(`${kind}/${id}`) ? archive.lang : lang),
  });
}
