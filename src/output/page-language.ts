/**
 * The language of the page being rendered, from its address: English at the root, Japanese and
 * Korean under `/ja/` and `/ko/` (the `lang` parameter of the routes in src/pages/[...lang]/).
 * Pages and components take their strings, URLs and locale from here, so one template serves
 * every language.
 */
import { siteConfig } from '../config.ts';
import { defaultLanguage, isLanguage, languageCodes, langParam, localeOf, type Language } from '../i18n/languages.ts';
import { uiFor, type UiStrings } from '../i18n/ui.ts';
import { nameIn, type Named } from '../domain/names.ts';
import type { DataFacts } from '../domain/archive.ts';
import type { TaxonomyKind } from '../domain/taxonomy.ts';
import { urlsFor, type Urls } from './urls.ts';

export interface PageLanguage {
  lang: Language;
  /** BCP 47 tag for dates, numbers and `<html lang>`. */
  locale: string;
  ui: UiStrings;
  urls: Urls;
}

const pageLanguages = new Map<Language, PageLanguage>(
  languageCodes.map((lang) => [lang, { lang, locale: localeOf[lang], ui: uiFor(lang), urls: urlsFor(lang) }]),
);

export function languageOf(lang: Language): PageLanguage {
  return pageLanguages.get(lang)!;
}

/**
 * The language of the page at `url` (`Astro.url`): the first segment after the base, where it is a
 * language's. Read from the address, not from `Astro.params`: Astro finds a page's parameters by
 * matching its path against the route again, and `/programs/lunar-relay/2/` fits
 * `[...lang]/[kind]/[term]/[...page]` as `lang` "programs" too.
 */
export function pageLanguage(url: URL, base: string = siteConfig.base): PageLanguage {
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  const first = path.split('/', 1)[0];
  return languageOf(first !== defaultLanguage && isLanguage(first) ? first : defaultLanguage);
}

/** A `lang` attribute for text written in `textLang` on a page in `pageLang`: none when they agree. */
export function langAttribute(textLang: string, pageLang: string): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/** A name as a page shows it, with the `lang` to mark it by where that is not the page's. */
export interface ShownName {
  text: string;
  lang?: string | undefined;
}

/** A term's name as an edition shows it (an English fallback marked `lang="en"`). */
export function shownName(
  archive: Pick<DataFacts, 'termName' | 'lang' | 'nameLang'>,
  kind: TaxonomyKind,
  id: string,
): ShownName {
  return { text: archive.termName(kind, id), lang: langAttribute(archive.nameLang(kind, id), archive.lang) };
}

/**
 * `getStaticPaths` of a route in every language: the paths `pathsIn` gives for each language, with
 * the language's `lang` parameter added.
 */
export async function inEveryLanguage<P extends object, T extends { params: P }>(
  pathsIn: (lang: Language) => Promise<T[]> | T[],
): Promise<(T & { params: P & { lang: string | undefined } })[]> {
  const perLanguage = await Promise.all(
    languageCodes.map(async (lang) =>
      (await pathsIn(lang)).map((path) => ({ ...path, params: { ...path.params, lang: langParam(lang) } })),
    ),
  );
  return perLanguage.flat();
}

/**
 * The `lang` attribute of a text from the data files on a page in `lang`: none where the data gives
 * the text in that language (`forms`, such as an office's `titles`), English where it falls back to
 * the English original.
 */
export function fallbackLang(forms: Named['names'], lang: Language): string | undefined {
  return langAttribute(nameIn({ name: '', names: forms }, lang, defaultLanguage).lang, lang);
}
