/** Agreements by the year of their latest status, stacked by status: the chart on /agreements/. */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { Agreement } from '../../domain/agreements.ts';
import { ui as english, type UiStrings } from '../../i18n/ui.ts';
import { agreementStatuses, type AgreementStatus } from '../../schemas/article.ts';
import { round, type LegendEntry } from './common.ts';

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
export function agreementsByYear(
  agreements: readonly Pick<Agreement, 'latest'>[],
  ui: UiStrings = english,
): YearChart | undefined {
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
