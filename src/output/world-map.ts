/**
 * The world map of the countries page, as plain data for src/components/WorldMap.astro: the
 * archive's countries shaded by their number of agreements and linked to their pages, lines for the
 * relations between them, the rest of the world as one background shape, a legend, and the same
 * facts as table rows. Drawn from Natural Earth (world-atlas) at build time; no script runs in the
 * page. The atlas is read and projected once per process, whatever the number of renders.
 */
import { ui as english, type UiStrings } from '../i18n/ui.ts';
import { landWithout, MAP_WIDTH, place, round, world } from './world-atlas.ts';
import type { Urls } from './urls.ts';
import type { ShownName } from './page-language.ts';

export interface MapCountry {
  id: string;
  name: string;
  /** The name's language where it is not the page's: an edition's English fallback, marked so. */
  lang?: string | undefined;
  /** ISO 3166-1 alpha-2; world-atlas names its shapes by the numeric code. */
  iso2: string;
}

export interface MapRelation {
  a: string;
  b: string;
  agreements: readonly unknown[];
  summits: readonly unknown[];
  articles: readonly unknown[];
}

export interface WorldMapInput {
  countries: readonly MapCountry[];
  agreements: readonly { parties: readonly string[] }[];
  relations: readonly MapRelation[];
  urls: Pick<Urls, 'term' | 'relation'>;
  /** The page's strings; English by default. */
  ui?: UiStrings;
}

/** A shading step: `level` 0 is "no agreements"; 1 and up cover `from`–`to` agreements. */
export interface ShadingLevel {
  level: number;
  from: number;
  to: number;
  label: string;
}

interface MapLink {
  href: string;
  /** The link's accessible name. */
  label: string;
  level: number;
}

export interface CountryShape extends MapLink {
  d: string;
}

/** A country too small for the 110m outlines, drawn as a circle at its centre. */
export interface CountryMarker extends MapLink {
  cx: number;
  cy: number;
}

export interface RelationLine extends MapLink {
  d: string;
}

/** A country's name as a table or list shows it, with its language where that is not the page's. */
export interface MapName {
  name: string;
  lang?: string | undefined;
}

export interface CountryRow extends MapName {
  href: string;
  agreements: number;
  relations: number;
}

export interface RelationRow {
  name: string;
  /** The two countries' names, for a page that marks each one's language. */
  names: [ShownName, ShownName];
  href: string;
  agreements: number;
  summits: number;
  reports: number;
}

export interface WorldMapModel {
  width: number;
  height: number;
  /** Every country outside the archive, merged into one path. */
  land: string;
  shapes: CountryShape[];
  markers: CountryMarker[];
  lines: RelationLine[];
  /** Relations with a position at both ends that are not drawn: past MAX_LINES, the weakest. */
  linesLeftOut: number;
  levels: ShadingLevel[];
  /** Countries with no outline or position in the map data, by name. */
  missing: (MapName & { href: string })[];
  countryRows: CountryRow[];
  relationRows: RelationRow[];
}

export { MAP_WIDTH } from './world-atlas.ts';
const MAX_LEVELS = 4;
/**
 * The most relation lines drawn: beyond a few hundred they are a tangle, a tab stop each, and past
 * the markup budget (780 lines of 40 countries come to 30 KB gzipped). The strongest are drawn;
 * the table under the map lists them all.
 */
export const MAX_LINES = 250;

/** The largest 1, 2, 3 or 5 × 10ⁿ not above `value`. */
function roundDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return power * ([5, 3, 2, 1].find((step) => step * power <= value) ?? 1);
}

/**
 * Shading steps for 0 to `max` agreements: one per count up to four, then four steps that grow
 * geometrically (1–3, 4–10, 11–50, 51–200 for 200), since a few countries are party to far more
 * agreements than the rest.
 */
export function shadingLevels(max: number, ui: UiStrings = english): ShadingLevel[] {
  const levels: ShadingLevel[] = [{ level: 0, from: 0, to: 0, label: ui.worldMap.noAgreements }];
  const steps = Math.min(MAX_LEVELS, max);
  let from = 1;
  for (let step = 1; step <= steps; step++) {
    const to = max <= MAX_LEVELS ? step : step === steps ? max : roundDown(max ** (step / steps));
    if (to < from) continue;
    levels.push({ level: levels.length, from, to, label: ui.worldMap.agreementRange(from, to) });
    from = to + 1;
  }
  return levels;
}

export function levelOf(count: number, levels: readonly ShadingLevel[]): number {
  return levels.find((level) => count <= level.to)?.level ?? levels.length - 1;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * A curve bowed upwards from one centre to the other, rather than a great circle, which would leave
 * the map at one edge and come back at the other for, say, Japan and the United States.
 */
function curve([x1, y1]: [number, number], [x2, y2]: [number, number], height: number): string {
  const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
  // The chord's normal scaled to a fifth of its length, turned to point up the map.
  const [nx, ny] = [(y1 - y2) / 5, (x2 - x1) / 5];
  const [cx, cy] = ny > 0 ? [mx - nx, my - ny] : [mx + nx, my + ny];
  // A quadratic curve stays within the triangle of its points: a control point inside the map keeps it there.
  const margin = 4;
  return `M${x1} ${y1}Q${round(clamp(cx, margin, MAP_WIDTH - margin))} ${round(clamp(cy, margin, height - margin))} ${x2} ${y2}`;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Agreements first, then summits, then reports. */
function compareStrength(x: readonly number[], y: readonly number[]): number {
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
}

export function worldMap({ countries, agreements, relations, urls, ui = english }: WorldMapInput): WorldMapModel {
  const { height } = world();
  const agreementCounts = new Map<string, number>();
  for (const agreement of agreements) {
    for (const party of new Set(agreement.parties)) agreementCounts.set(party, (agreementCounts.get(party) ?? 0) + 1);
  }
  const relationCounts = new Map<string, number>();
  for (const { a, b } of relations) {
    for (const id of [a, b]) relationCounts.set(id, (relationCounts.get(id) ?? 0) + 1);
  }
  const sorted = [...countries].sort(byName);
  const levels = shadingLevels(Math.max(0, ...sorted.map((c) => agreementCounts.get(c.id) ?? 0)), ui);
  const countryRows: CountryRow[] = sorted.map((country) => ({
    name: country.name,
    lang: country.lang,
    href: urls.term('countries', country.id),
    agreements: agreementCounts.get(country.id) ?? 0,
    relations: relationCounts.get(country.id) ?? 0,
  }));

  const shapes: CountryShape[] = [];
  const markers: CountryMarker[] = [];
  const missing: WorldMapModel['missing'] = [];
  const centres = new Map<string, [number, number]>();
  const drawn = new Set<string>();
  sorted.forEach((country, index) => {
    const row = countryRows[index]!;
    const placed = place(country.iso2);
    if (!placed) {
      missing.push({ name: row.name, lang: row.lang, href: row.href });
      return;
    }
    const link = {
      href: row.href,
      label: ui.worldMap.country(row.name, row.agreements, row.relations),
      level: levelOf(row.agreements, levels),
    };
    centres.set(country.id, placed.centre);
    if (placed.d) {
      shapes.push({ ...link, d: placed.d });
      drawn.add(placed.numeric);
    } else {
      markers.push({ ...link, cx: placed.centre[0], cy: placed.centre[1] });
    }
  });

  const byId = new Map(countries.map((country) => [country.id, country]));
  const named = (id: string): ShownName => ({ text: byId.get(id)?.name ?? id, lang: byId.get(id)?.lang });
  const relationRows: RelationRow[] = [];
  const candidates: { line: RelationLine; strength: [number, number, number]; order: number }[] = [];
  for (const relation of relations) {
    const names: [ShownName, ShownName] = [named(relation.a), named(relation.b)];
    const [a, b] = [names[0].text, names[1].text];
    const row = {
      name: ui.relations.pairName(a, b),
      names,
      href: urls.relation(relation.a, relation.b),
      agreements: relation.agreements.length,
      summits: relation.summits.length,
      reports: relation.articles.length,
    };
    relationRows.push(row);
    const [from, to] = [centres.get(relation.a), centres.get(relation.b)];
    if (from && to) {
      candidates.push({
        line: {
          href: row.href,
          label: ui.relations.pairSummary(a, b, row.agreements, row.summits, row.reports),
          level: levelOf(row.agreements, levels),
          d: curve(from, to, height),
        },
        strength: [row.agreements, row.summits, row.reports],
        order: candidates.length,
      });
    }
  }
  const strongest = [...candidates]
    .sort((x, y) => compareStrength(y.strength, x.strength) || x.order - y.order)
    .slice(0, MAX_LINES);
  // Drawn in the relations' own order, so that the tab order does not depend on the cut.
  const lines = strongest.sort((x, y) => x.order - y.order).map(({ line }) => line);

  return {
    width: MAP_WIDTH,
    height,
    land: landWithout(drawn),
    shapes,
    markers,
    lines,
    linesLeftOut: candidates.length - lines.length,
    levels,
    missing,
    countryRows,
    relationRows,
  };
}
