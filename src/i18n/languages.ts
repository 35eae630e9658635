/**
 * The languages the site is written in: English at the root, Japanese under /ja/, Korean under
 * /ko/. The one list: the UI tables (ui.ts) and site settings (config.ts) take it from here. No
 * import, so the browser's search script may use it too.
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

/** BCP 47 tags for dates, numbers, `<html lang>` and feeds: British English, as the site has always been. */
export const localeOf: Readonly<Record<Language, string>> = { en: 'en-GB', ja: 'ja', ko: 'ko' };

/** Open Graph's locale form, language and territory: `og:locale` and its alternates. */
export const ogLocaleOf: Readonly<Record<Language, string>> = { en: 'en_GB', ja: 'ja_JP', ko: 'ko_KR' };

export function isLanguage(code: string | undefined): code is Language {
  return (languageCodes as readonly (string | undefined)[]).includes(code);
}

/** The `lang` route parameter of a language: none for English, at the root. */
export function langParam(lang: Language): string | undefined {
  return lang === defaultLanguage ? undefined : lang;
}
