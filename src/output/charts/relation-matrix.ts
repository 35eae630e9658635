/** The matrix of pairs of countries on /relations/, shaded by what each pair shares. */
import { scaleThreshold } from 'd3-scale';
import type { RelationCounts } from '../../domain/relations.ts';
import { ui as english, type UiStrings } from '../../i18n/ui.ts';
import { byName, round, type LegendEntry } from './common.ts';

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
  ui: UiStrings = english,
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

  // Full names on both axes, at most about 0.7 em a character: wide system fonts (DejaVu Sans, the
  // Linux fallback) take 0.6–0.7 em for capitals and "m", and 0.55 clipped "Dunmark" in Chromium.
  // Cells wide enough for the largest number, and tall enough for a name in two lines.
  const labels = named.map(({ name }) => twoLines(name, LABEL_LINE_CHARS));
  const labelSize = round(Math.max(...labels.flat().map((line) => line.length)) * 0.7 + 1);
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
          label: ui.relations.pairSummary(
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
