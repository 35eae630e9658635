/**
 * Every string a reader sees, in one table per language (English in en.ts, Japanese in ja.ts, Korean
 * in ko.ts). Pages and components never write visible text themselves, so a language is one more table.
 */
import { en } from './en.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import type { Language } from './languages.ts';

/**
 * The shape every language's table has: the English table's, with its texts widened to `string`.
 * Functions keep their parameters and return `string`; nested groups are widened key by key. Each
 * table is written `{ … } satisfies UiStrings`, so a missing or an extra key is a type error.
 */
type Widened<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widened<T[K]> };

export type UiStrings = Widened<typeof en>;

export const languages = { en, ja, ko } as const satisfies Record<Language, UiStrings>;

/** The strings of one language. */
export function uiFor(lang: Language): UiStrings {
  return languages[lang];
}

/** The strings of the site's default language, English. */
export const ui: UiStrings = en;
