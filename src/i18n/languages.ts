/**
 * The languages the site is written in: English at the root, Japanese under /ja/, Korean under
 * /ko/. The one list: UI tables (ui.ts) and site settings (config.ts) take it from here. No import,
 * so the browser's search script may use it too.
 */
export const languageCodes = ['en', 'ja', 'ko'] as const;
export type Language = (typeof languageCodes)[number];

/** The language of the original articles and of the site's root. */
export const defaultLanguage = 'en' satisfies Language;

export type TranslationLanguage = Exclude<Language, typeof defaultLanguage>;

/** The languages articles are translated into. */
export const translationLanguages = languageCodes.filter(
  (code): code is TranslationLanguage => code !== defaultLanguage,
);
