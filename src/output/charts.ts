/**
 * The layouts of the charts drawn at build time, as plain models the components write out as SVG.
 * Horizontal positions of bar charts are percentages of the picture's width, so bars follow the
 * column from 320 px up while text keeps its size; vertical positions are em, so rows grow with the
 * text. The relation matrix is sized in em throughout: it scrolls sideways instead of shrinking.
 */
import { scaleBand, scaleLinear, scaleThreshold } from 'd3-scale';
import { stack } from 'd3-shape';
import type { Agreement } from '../domain/agreements.ts';
import { partnerOf, type RelationCounts } from '../domain/relations.ts';
import { ui } from '../i18n/ui.ts';
import { agreementStatuses, type AgreementStatus } from '../schemas/article.ts';

/** Two decimals: enough for a picture, and the same output on every machine. */
const round = (n: number) => Math.round(n * 100) / 100;

/** SVG lengths from the models' numbers. */
export const em = (value: number) => `${value}em`;
export const percent = (value: number) => `${value}%`;

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface LegendEntry {
  className: string;
  label: string;
}

/* Agreements by year of their latest status */

export interface StatusSegment {
  status: AgreementStatus;
  count: number;
  /** Percent of the picture's width. */
  x: number;
  width: number;
  className: string;
  /** Tooltip, e.g. "2022, Signed: 3". */
  label: string;
}

export interface YearRow {
  year: string;
  counts: Record<AgreementStatus, number>;
  total: number;
  /** Em from the top: the bar's top edge, its height and the baseline of its labels. */
  y: number;
  height: number;
  textY: number;
  /** Percent: where the bar ends, and the total is written. */
  end: number;
  segments: StatusSegment[];
}

export interface Tick {
  value: number;
  /** Percent of the picture's width. */
  x: number;
}

export interface YearChart {
  /** The statuses that occur, in stack order: the legend and the table's columns. */
  statuses: AgreementStatus[];
  legend: LegendEntry[];
  /** Every year from the first to the last, oldest first; years without any count as zero. */
  rows: YearRow[];
  totals: Record<AgreementStatus, number>;
  total: number;
  ticks: Tick[];
  /** Em: baseline of the tick labels, top and bottom of the grid lines, height of the picture. */
  tickY: number;
  gridTop: number;
  gridBottom: number;
  height: number;
  /** Percent: where the year labels end and the bars start. */
  plotLeft: number;
  description: string;
}

const PLOT_LEFT = 15;
/** Room after the longest bar for its total. */
const PLOT_RIGHT = 86;
const AXIS_HEIGHT = 1.75;
const ROW_HEIGHT = 1.75;

const zeroCounts = () =>
  Object.fromEntries(agreementStatuses.map((status) => [status, 0])) as Record<AgreementStatus, number>;

/** Agreements counted by the year of their latest status and by that status; undefined without agreements. */
export function agreementsByYear(agreements: readonly Pick<Agreement, 'latest'>[]): YearChart | undefined {
  if (agreements.length === 0) return undefined;
  const years = agreements.map((agreement) => Number(agreement.latest.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const counted = Array.from({ length: last - first + 1 }, (_, index) => ({
    year: String(first + index),
    counts: zeroCounts(),
  }));
  const totals = zeroCounts();
  for (const [index, agreement] of agreements.entries()) {
    counted[years[index]! - first]!.counts[agreement.latest.status] += 1;
    totals[agreement.latest.status] += 1;
  }
  const statuses = agreementStatuses.filter((status) => totals[status] > 0);
  const rowTotal = (counts: Record<AgreementStatus, number>) => statuses.reduce((sum, s) => sum + counts[s], 0);
  const max = Math.max(...counted.map(({ counts }) => rowTotal(counts)));

  const x = scaleLinear().domain([0, max]).range([PLOT_LEFT, PLOT_RIGHT]);
  const y = scaleBand<string>()
    .domain(counted.map(({ year }) => year))
    .range([AXIS_HEIGHT, AXIS_HEIGHT + counted.length * ROW_HEIGHT])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const series = stack<(typeof counted)[number], AgreementStatus>()
    .keys(statuses)
    .value((datum, status) => datum.counts[status])(counted);

  const rows = counted.map(({ year, counts }, index): YearRow => {
    const top = y(year)!;
    const total = rowTotal(counts);
    return {
      year,
      counts,
      total,
      y: round(top),
      height: round(y.bandwidth()),
      textY: round(top + y.bandwidth() / 2 + 0.35),
      end: round(x(total)),
      segments: series.flatMap((layer) => {
        const [from, to] = layer[index]!;
        const count = to - from;
        if (count === 0) return [];
        return [
          {
            status: layer.key,
            count,
            x: round(x(from)),
            width: round(x(to) - x(from)),
            className: `chart-fill--${layer.key}`,
            label: ui.charts.byYear.segment(year, ui.agreementStatuses[layer.key], count),
          },
        ];
      }),
    };
  });
  const peak = rows.reduce((best, row) => (row.total >= best.total ? row : best));
  return {
    statuses,
    legend: statuses.map((status) => ({ className: `chart-fill--${status}`, label: ui.agreementStatuses[status] })),
    rows,
    totals,
    total: agreements.length,
    ticks: x
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ value, x: round(x(value)) })),
    tickY: 1,
    gridTop: AXIS_HEIGHT - 0.4,
    gridBottom: round(AXIS_HEIGHT + counted.length * ROW_HEIGHT),
    height: round(AXIS_HEIGHT + counted.length * ROW_HEIGHT + 0.25),
    plotLeft: PLOT_LEFT,
    description: ui.charts.byYear.description(
      rows[0]!.year,
      rows.at(-1)!.year,
      agreements.length,
      peak.year,
      peak.total,
    ),
  };
}

/* A country's partners by shared agreements */

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

/* The matrix of pairs */

export interface MatrixCountry {
  id: string;
  name: string;
  /**
   * The name on one line, or two for a long one, so the labels take less of a phone's width. Em:
   * each line's baseline in the row label (ending at `labelX`) and in the column label (turned
   * upright, starting at `columnY`).
   */
  lines: { text: string; rowY: number; columnX: number }[];
  /** Em: the top left corner of the country's cell with itself. */
  selfX: number;
  selfY: number;
}

/** Em. */
export interface GridLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface MatrixCell {
  row: string;
  column: string;
  agreements: number;
  summits: number;
  reports: number;
  /** What the shade and the number show: agreements, summits and reports together. */
  total: number;
  level: number;
  className: string;
  href: string;
  /** Accessible name, the row's country first: "Japan and United States: 2 agreements, 1 summit, 3 reports". */
  label: string;
  /** Em: the shaded square (inset from the grid lines, so neighbours stay apart) and the number's position. */
  x: number;
  y: number;
  size: number;
  textX: number;
  textY: number;
}

export interface RelationMatrix {
  countries: MatrixCountry[];
  /** Both halves: the cell of (a, b) and of (b, a), row by row. Pairs without ties have none. */
  cells: MatrixCell[];
  legend: LegendEntry[];
  /** The lines between rows and between columns. */
  grid: GridLine[];
  /** Em: the cell size, where labels end, the picture's size. */
  cellSize: number;
  labelX: number;
  columnY: number;
  width: number;
  height: number;
}

const MAX_LEVELS = 5;
const CELL_INSET = 0.125;
/** Longer names are split in two lines. */
const LABEL_LINE_CHARS = 18;
const LABEL_LINE_HEIGHT = 1.1;

/** The text in two lines as even as the words allow when it is longer than `limit`; one line otherwise. */
export function twoLines(text: string, limit: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (text.length <= limit || words.length < 2) return [words.join(' ')];
  const splits = words
    .slice(1)
    .map((_, index) => [words.slice(0, index + 1).join(' '), words.slice(index + 1).join(' ')]);
  return splits.reduce((best, split) =>
    Math.max(split[0]!.length, split[1]!.length) < Math.max(best[0]!.length, best[1]!.length) ? split : best,
  );
}

/**
 * Shade levels for counts from 1 to `max`: up to five bands of equal width on a log scale, so a few
 * pairs with hundreds of reports do not flatten every other shade. Returns each level's lowest count.
 */
export function shadeLevels(max: number): number[] {
  const levels = Math.min(MAX_LEVELS, max);
  const starts = Array.from({ length: levels - 1 }, (_, index) =>
    // Rounded first: 8 ** (1 / 3) must give 2, not 3.
    Math.ceil(round(max ** ((index + 1) / levels))),
  );
  return [1, ...new Set(starts.filter((start) => start > 1))];
}

export function relationMatrix(
  relations: readonly RelationCounts[],
  nameOf: (id: string) => string,
  href: (a: string, b: string) => string,
): RelationMatrix | undefined {
  if (relations.length === 0) return undefined;
  const ids = [...new Set(relations.flatMap((relation) => [relation.a, relation.b]))];
  const named = ids.map((id) => ({ id, name: nameOf(id) })).sort(byName);
  const position = new Map(named.map(({ id }, index) => [id, index]));
  const totals = relations.map((r) => r.agreements + r.summits + r.reports);
  const max = Math.max(...totals);
  const starts = shadeLevels(max);
  const level = scaleThreshold<number, number>()
    .domain(starts.slice(1))
    .range(starts.map((_, index) => index));

  // Full names on both axes, at most about 0.55 em a character; cells wide enough for the largest
  // number, and tall enough for a name in two lines.
  const labels = named.map(({ name }) => twoLines(name, LABEL_LINE_CHARS));
  const labelSize = round(Math.max(...labels.flat().map((line) => line.length)) * 0.55 + 1);
  const twoLined = labels.some((lines) => lines.length > 1);
  const cellSize = round(Math.max(twoLined ? 2.5 : 2, String(max).length * 0.65 + 0.7));
  const left = labelSize;
  const top = labelSize;
  const centre = (index: number) => index * cellSize + cellSize / 2;
  /** Baselines centred on the row or column: 0.35 em below the middle for one line. */
  const baseline = (index: number, lines: number, line: number) =>
    centre(index) + 0.35 + (line - (lines - 1) / 2) * LABEL_LINE_HEIGHT;

  const countries = named.map(({ id, name }, index): MatrixCountry => ({
    id,
    name,
    lines: labels[index]!.map((text, line, all) => ({
      text,
      rowY: round(top + baseline(index, all.length, line)),
      columnX: round(left + baseline(index, all.length, line)),
    })),
    selfX: round(left + index * cellSize),
    selfY: round(top + index * cellSize),
  }));
  const size = named.length * cellSize;
  const grid = Array.from({ length: named.length + 1 }, (_, index): GridLine[] => {
    const at = round(index * cellSize);
    return [
      { x1: left, y1: round(top + at), x2: round(left + size), y2: round(top + at) },
      { x1: round(left + at), y1: top, x2: round(left + at), y2: round(top + size) },
    ];
  }).flat();
  const cells = relations
    .flatMap((relation, index) =>
      (
        [
          [relation.a, relation.b],
          [relation.b, relation.a],
        ] as const
      ).map(([row, column]): MatrixCell => {
        const total = totals[index]!;
        const r = position.get(row)!;
        const c = position.get(column)!;
        const cellLevel = level(total);
        return {
          row,
          column,
          agreements: relation.agreements,
          summits: relation.summits,
          reports: relation.reports,
          total,
          level: cellLevel,
          className: `chart-level--${cellLevel}`,
          href: href(row, column),
          label: ui.charts.matrix.cell(
            nameOf(row),
            nameOf(column),
            relation.agreements,
            relation.summits,
            relation.reports,
          ),
          x: round(left + c * cellSize + CELL_INSET),
          y: round(top + r * cellSize + CELL_INSET),
          size: round(cellSize - 2 * CELL_INSET),
          textX: round(left + centre(c)),
          textY: round(top + centre(r) + 0.35),
        };
      }),
    )
    .sort((p, q) => position.get(p.row)! - position.get(q.row)! || position.get(p.column)! - position.get(q.column)!);
  return {
    countries,
    cells,
    legend: starts.map((start, index) => ({
      className: `chart-level--${index}`,
      label: ui.charts.matrix.level(start, (starts[index + 1] ?? max + 1) - 1),
    })),
    grid,
    cellSize,
    labelX: round(left - 0.4),
    columnY: round(top - 0.4),
    width: round(left + size + 0.25),
    height: round(top + size + 0.25),
  };
}
