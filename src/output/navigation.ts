/** The site's sections, in the order the header lists them, in a page's language. */
import type { UiStrings } from '../i18n/ui.ts';
import { taxonomyKinds } from '../domain/taxonomy.ts';
import type { Urls } from './urls.ts';

export interface Section {
  href: string;
  label: string;
}

export function siteSections(ui: UiStrings, urls: Urls): Section[] {
  return [
    { href: urls.home(), label: ui.home },
    ...taxonomyKinds.map((kind) => ({ href: urls.termList(kind), label: ui.taxonomy[kind].plural })),
    { href: urls.agreements(), label: ui.agreements },
    { href: urls.relations(), label: ui.relations.title },
    { href: urls.archive(), label: ui.archive },
    { href: urls.search(), label: ui.search },
  ];
}
