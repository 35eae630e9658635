/** A country's partners by number of shared agreements: the chart on a country's page. */
import { scaleLinear } from 'd3-scale';
import { partnerOf, type RelationCounts } from '../../domain/relations.ts';
import { ui as english, type UiStrings } from '../../i18n/ui.ts';
import { byName, round } from './common.ts';

export interface PartnerBar {
  partner: string;
  name: string;
  /** The name wrapped to fit 320 px, as SVG text does not wrap by itself; `y` is each line's baseline in em. */
  nameLines: { text: string; y: number }[];
  count: number;
  href: string;
  /** Accessible name of the link, e.g. "Japan: 2 shared agreements". */
  label: string;
  /** Em: the row's top and height (the link's area), and the bar's. */
  y: number;
  height: number;
  barY: number;
  barHeight: number;
  /** Em: baseline of the value label. */
  valueY: number;
  /** Percent of the picture's width. */
  width: number;
}

export interface PartnerChart {
  bars: PartnerBar[];
  /** Em. */
  height: number;
}

/** About 36 characters of the chart's text fit on a line at 320 px. */
const NAME_LINE_CHARS = 36;
const LINE_HEIGHT = 1.25;
const BAR_HEIGHT = 1;
const ROW_GAP = 0.5;
const BAR_MAX = 85;

/** Words greedily into lines of at most `limit` characters; a longer word gets a line of its own. */
export function wrapWords(text: string, limit: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= limit) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The partners `country` shares agreements with, the most first, then by name. Partners tied only by
 * summits or reports are left out: the chart is about agreements, and they would be empty bars.
 */
export function partnerBars(
  country: string,
  relations: readonly Pick<RelationCounts, 'a' | 'b' | 'agreements'>[],
  nameOf: (id: string) => string,
  href: (a: string, b: string) => string,
  ui: UiStrings = english,
): PartnerChart | undefined {
  const partners = relations
    .filter((relation) => (relation.a === country || relation.b === country) && relation.agreements > 0)
    .map((relation) => {
      const id = partnerOf(relation, country);
      return { id, name: nameOf(id), count: relation.agreements };
    })
    .sort((p, q) => q.count - p.count || byName(p, q));
  if (partners.length === 0) return undefined;
  const x = scaleLinear().domain([0, partners[0]!.count]).range([0, BAR_MAX]);
  let top = 0;
  const bars = partners.map(({ id, name, count }): PartnerBar => {
    const lines = wrapWords(name, NAME_LINE_CHARS);
    const barY = top + lines.length * LINE_HEIGHT + 0.2;
    const height = barY + BAR_HEIGHT + 0.3 - top;
    const bar: PartnerBar = {
      partner: id,
      name,
      nameLines: lines.map((text, index) => ({ text, y: round(top + 1 + index * LINE_HEIGHT) })),
      count,
      href: href(country, id),
      label: ui.charts.partners.bar(name, count),
      y: round(top),
      height: round(height),
      barY: round(barY),
      barHeight: BAR_HEIGHT,
      valueY: round(barY + BAR_HEIGHT / 2 + 0.35),
      width: round(x(count)),
    };
    top += height + ROW_GAP;
    return bar;
  });
  return { bars, height: round(top - ROW_GAP) };
}
