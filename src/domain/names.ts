/**
 * Names and other texts of the data files in the language of a page: the one rule for a local form
 * and its fallback, used by the language editions (edition.ts) and the pages' `lang` marks.
 */

export interface Named {
  /** The English name. */
  name: string;
  /** Standard local forms by language, where the data files give them. */
  names?: Readonly<Partial<Record<string, string>>> | undefined;
}

/** A name and the language it is written in, for the page's `lang` attributes. */
export interface NameInLanguage {
  text: string;
  lang: string;
}

/**
 * The name a page in `lang` shows: the local form where the data gives one, else the name in
 * `original` (the site's default language), so that the page can mark it with `lang`.
 */
export function nameIn(entity: Named, lang: string, original: string): NameInLanguage {
  const local = lang === original ? undefined : entity.names?.[lang];
  return local === undefined ? { text: entity.name, lang: original } : { text: local, lang };
}
