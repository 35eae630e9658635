/**
 * The charts: their layouts as data (counts, order, zero years, partners, the matrix of pairs) and
 * the pictures the components make of them, rendered with Astro's container: roles and names, a name
 * on every link, no inline style, and the same numbers in the table as in the bars.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import AgreementsChart from '../../src/components/AgreementsChart.astro';
import PartnersChart from '../../src/components/PartnersChart.astro';
import RelationMatrix from '../../src/components/RelationMatrix.astro';
import { buildArchive } from '../../src/domain/archive.ts';
import { relationCounts } from '../../src/domain/relations.ts';
import { agreementsByYear } from '../../src/output/charts/agreements-by-year.ts';
import { partnerBars, wrapWords } from '../../src/output/charts/partners.ts';
import { relationMatrix, shadeLevels, twoLines } from '../../src/output/charts/relation-matrix.ts';
import { urls } from '../../src/output/urls.ts';
import type { Country } from '../../src/schemas/country.ts';
import { agreementMention, archiveInput, articleRecord, countries } from './_fixtures.ts';

const country = (id: string, name: string): Country => ({ id, name, officialName: name, iso2: 'XX', aliases: [] });
const moreCountries = [
  ...countries,
  country('australia', 'Australia'),
  country('india', 'India'),
  country('congo', 'Democratic Republic of the Congo and Its Many Long-Named Provinces'),
  country('nowhere', 'Nowhere'),
];

/**
 * Agreements whose latest status falls in 2019, 2022 and 2023 (none in 2020 and 2021): the same
 * agreement reported twice counts once, by its latest report; a month-only date counts by its year.
 * The fixture summits (Seoul, Tokyo) tie the United States to South Korea and to Japan.
 */
const articles = [
  articleRecord('2019/a', {
    date: '2019-03-01',
    agreements: [
      agreementMention('us-japan-statement', { status: 'signed' }),
      agreementMention('quad', { status: 'announced', parties: ['united-states', 'japan', 'australia', 'india'] }),
    ],
  }),
  articleRecord('2022/b', {
    date: '2022-05-23',
    countries: ['united-states', 'japan'],
    agreements: [
      agreementMention('quad', { status: 'in-force', parties: ['united-states', 'japan', 'australia', 'india'] }),
      agreementMention('us-japan-gateway', { status: 'in-negotiation', date: '2022-02' }),
      agreementMention('us-rok-dialogue', { status: 'dormant', parties: ['south-korea', 'united-states'] }),
    ],
  }),
  articleRecord('2023/c', {
    date: '2023-01-10',
    countries: ['japan', 'south-korea'],
    agreements: [agreementMention('us-japan-lunar', { status: 'in-force', date: '2023' })],
  }),
];
const archive = buildArchive(archiveInput(articles, { countries: moreCountries }));
const nameOf = (id: string) => archive.termName('countries', id);

describe('agreementsByYear', () => {
  const chart = agreementsByYear(archive.agreements)!;

  it('counts agreements by the year of their latest status and by that status, zero years included', () => {
    expect(chart.rows.map((row) => [row.year, row.total])).toEqual([
      ['2019', 1],
      ['2020', 0],
      ['2021', 0],
      ['2022', 3],
      ['2023', 1],
    ]);
    const [y2019, , , y2022, y2023] = chart.rows;
    expect(y2019!.counts).toMatchObject({ signed: 1, announced: 0 });
    expect(y2022!.counts).toMatchObject({ 'in-negotiation': 1, 'in-force': 1, dormant: 1 });
    expect(y2023!.counts).toMatchObject({ 'in-force': 1 });
    expect(chart.total).toBe(5);
    expect(chart.totals).toEqual({
      announced: 0,
      'in-negotiation': 1,
      signed: 1,
      'in-force': 2,
      dormant: 1,
      ended: 0,
    });
  });

  it('stacks the statuses that occur in the order announced → ended, each part where the last ended', () => {
    expect(chart.statuses).toEqual(['in-negotiation', 'signed', 'in-force', 'dormant']);
    expect(chart.legend.map((entry) => entry.label)).toEqual(['In negotiation', 'Signed', 'In force', 'Dormant']);
    const y2022 = chart.rows[3]!;
    expect(y2022.segments.map((s) => s.status)).toEqual(['in-negotiation', 'in-force', 'dormant']);
    for (const [index, segment] of y2022.segments.entries()) {
      const previous = y2022.segments[index - 1];
      expect(segment.x).toBeCloseTo(previous ? previous.x + previous.width : chart.plotLeft, 1);
      expect(segment.className).toBe(`chart-fill--${segment.status}`);
    }
    expect(y2022.end).toBeCloseTo(y2022.segments.at(-1)!.x + y2022.segments.at(-1)!.width, 1);
    expect(chart.rows[1]!.segments).toEqual([]);
  });

  it('draws bars in proportion to their counts, with whole-number ticks from zero', () => {
    const [y2019, , , y2022] = chart.rows;
    expect(y2022!.end - chart.plotLeft).toBeCloseTo(3 * (y2019!.end - chart.plotLeft), 1);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3]);
    expect(chart.ticks[0]!.x).toBe(chart.plotLeft);
    expect(chart.rows.map((row) => row.y)).toEqual([...chart.rows.map((row) => row.y)].sort((a, b) => a - b));
  });

  it('describes the picture in words and draws nothing without agreements', () => {
    expect(chart.description).toContain('from 2019 to 2023');
    expect(chart.description).toContain('5 agreements in all, the most (3) in 2022');
    expect(agreementsByYear([])).toBeUndefined();
  });
});

describe('partnerBars', () => {
  it('ranks partners by shared agreements, then by name, counting multilateral ones on every pair', () => {
    const chart = partnerBars(
      'united-states',
      archive.relationsOf('united-states').map(relationCounts),
      nameOf,
      urls.relation,
    )!;
    expect(chart.bars.map((bar) => [bar.name, bar.count])).toEqual([
      ['Japan', 4],
      ['Australia', 1],
      ['India', 1],
      ['South Korea', 1],
    ]);
    const [japan] = chart.bars;
    expect(japan!.href).toBe(urls.relation('united-states', 'japan'));
    expect(japan!.label).toBe('Japan: 4 shared agreements');
    expect(chart.bars[1]!.label).toBe('Australia: 1 shared agreement');
    expect(japan!.width).toBeCloseTo(4 * chart.bars[1]!.width, 1);
  });

  it('leaves out partners with ties but no agreement, and draws nothing when none is left', () => {
    // Japan and South Korea share a report and nothing else.
    expect(archive.relation('japan', 'south-korea')?.articles).toHaveLength(1);
    const chart = partnerBars(
      'south-korea',
      archive.relationsOf('south-korea').map(relationCounts),
      nameOf,
      urls.relation,
    )!;
    expect(chart.bars.map((bar) => bar.partner)).toEqual(['united-states']);
    const onlyReport = relationCounts(archive.relation('japan', 'south-korea')!);
    expect(partnerBars('south-korea', [onlyReport], nameOf, urls.relation)).toBe(undefined);
  });

  it('wraps long names onto lines of their own, and the rows never overlap', () => {
    expect(wrapWords('Democratic Republic of the Congo', 20)).toEqual(['Democratic Republic', 'of the Congo']);
    expect(wrapWords('Antidisestablishmentarianism Land', 10)).toEqual(['Antidisestablishmentarianism', 'Land']);
    const long = articleRecord('2022/e', {
      agreements: [agreementMention('congo', { parties: ['congo', 'japan'] })],
    });
    const relations = buildArchive(archiveInput([...articles, long], { countries: moreCountries }))
      .relationsOf('japan')
      .map(relationCounts);
    const chart = partnerBars('japan', relations, nameOf, urls.relation)!;
    const congo = chart.bars.find((bar) => bar.partner === 'congo')!;
    expect(congo.nameLines.length).toBeGreaterThan(1);
    expect(congo.nameLines.map((line) => line.text).join(' ')).toBe(congo.name);
    for (const [index, bar] of chart.bars.entries()) {
      expect(bar.barY).toBeGreaterThan(bar.nameLines.at(-1)!.y);
      expect(bar.barY + bar.barHeight).toBeLessThanOrEqual(bar.y + bar.height);
      const next = chart.bars[index + 1];
      if (next) expect(next.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    }
    expect(chart.height).toBeCloseTo(chart.bars.at(-1)!.y + chart.bars.at(-1)!.height, 5);
  });
});

describe('relationMatrix', () => {
  const matrix = relationMatrix(archive.relations.map(relationCounts), nameOf, urls.relation)!;
  const cell = (row: string, column: string) => matrix.cells.find((c) => c.row === row && c.column === column);

  it('has on both axes, by name, the countries with at least one relation', () => {
    expect(matrix.countries.map((c) => c.name)).toEqual([
      'Australia',
      'India',
      'Japan',
      'South Korea',
      'United States',
    ]);
  });

  it('has a cell for each pair with ties, both ways round, and none for the others', () => {
    expect(matrix.cells).toHaveLength(2 * archive.relations.length);
    for (const relation of archive.relations) {
      const there = cell(relation.a, relation.b)!;
      const back = cell(relation.b, relation.a)!;
      expect({ ...there, row: back.row, column: back.column, x: 0, y: 0, textX: 0, textY: 0, label: '' }).toEqual({
        ...back,
        x: 0,
        y: 0,
        textX: 0,
        textY: 0,
        label: '',
      });
      expect(there.href).toBe(urls.relation(relation.a, relation.b));
      expect(there.total).toBe(relation.agreements.length + relation.summits.length + relation.articles.length);
    }
    expect(cell('australia', 'south-korea')).toBeUndefined();
    expect(cell('japan', 'japan')).toBeUndefined();
  });

  it('counts a multilateral agreement on every pair it covers', () => {
    for (const [row, column] of [
      ['australia', 'india'],
      ['australia', 'japan'],
      ['india', 'united-states'],
    ] as const) {
      expect(cell(row, column)).toMatchObject({ agreements: 1, summits: 0, reports: 0, total: 1 });
    }
  });

  it('names each cell by both countries and what they share, the row first', () => {
    expect(cell('japan', 'united-states')!.label).toBe('Japan and United States: 4 agreements, 1 summit, 1 report');
    expect(cell('united-states', 'japan')!.label).toBe('United States and Japan: 4 agreements, 1 summit, 1 report');
    expect(cell('japan', 'south-korea')!.label).toBe('Japan and South Korea: 0 agreements, 0 summits, 1 report');
  });

  it('places cells in their row and column, row by row, inside the picture', () => {
    const order = matrix.countries.map((c) => c.id);
    const rowOf = (id: string) => order.indexOf(id);
    expect(matrix.cells.map((c) => [rowOf(c.row), rowOf(c.column)])).toEqual(
      matrix.cells.map((c) => [rowOf(c.row), rowOf(c.column)]).sort((p, q) => p[0]! - q[0]! || p[1]! - q[1]!),
    );
    for (const c of matrix.cells) {
      const row = matrix.countries[rowOf(c.row)]!;
      const column = matrix.countries[rowOf(c.column)]!;
      expect(c.x).toBeGreaterThanOrEqual(column.selfX);
      expect(c.x + c.size).toBeLessThanOrEqual(column.selfX + matrix.cellSize + 1e-9);
      expect(c.y).toBeGreaterThanOrEqual(row.selfY);
      expect(c.y + c.size).toBeLessThanOrEqual(row.selfY + matrix.cellSize + 1e-9);
      expect(c.x + c.size).toBeLessThanOrEqual(matrix.width);
      expect(c.y + c.size).toBeLessThanOrEqual(matrix.height);
    }
    expect(matrix.grid).toHaveLength(2 * (matrix.countries.length + 1));
  });

  it('shades by total ties in levels that cover every count from 1 to the largest', () => {
    expect(shadeLevels(1)).toEqual([1]);
    expect(shadeLevels(3)).toEqual([1, 2, 3]);
    expect(shadeLevels(16)).toEqual([1, 2, 4, 6, 10]);
    expect(shadeLevels(500)).toEqual([1, 4, 13, 42, 145]);
    const max = Math.max(...matrix.cells.map((c) => c.total));
    const starts = shadeLevels(max);
    for (const c of matrix.cells) {
      expect(starts[c.level]).toBeLessThanOrEqual(c.total);
      expect(starts[c.level + 1] ?? Infinity).toBeGreaterThan(c.total);
      expect(c.className).toBe(`chart-level--${c.level}`);
    }
    expect(matrix.legend.at(-1)!.label).toMatch(new RegExp(`${max}$`));
  });

  it('writes long names in two even lines, and makes the cells tall enough for them', () => {
    expect(twoLines('Japan', 18)).toEqual(['Japan']);
    expect(twoLines('Democratic Republic of the Congo', 18)).toEqual(['Democratic Republic', 'of the Congo']);
    expect(twoLines('Saint Vincent and the Grenadines', 18)).toEqual(['Saint Vincent and', 'the Grenadines']);
    expect(twoLines('Antidisestablishmentarianism', 18)).toEqual(['Antidisestablishmentarianism']);
    expect(matrix.countries.every((c) => c.lines.length === 1)).toBe(true);
    const long = articleRecord('2022/e', { countries: ['congo', 'japan'] });
    const wide = relationMatrix(
      buildArchive(archiveInput([...articles, long], { countries: moreCountries })).relations.map(relationCounts),
      nameOf,
      urls.relation,
    )!;
    const congo = wide.countries.find((c) => c.id === 'congo')!;
    expect(congo.lines.map((line) => line.text).join(' ')).toBe(congo.name);
    expect(congo.lines).toHaveLength(2);
    expect(wide.cellSize).toBeGreaterThan(matrix.cellSize);
  });

  it('draws nothing without relations', () => {
    expect(relationMatrix([], nameOf, urls.relation)).toBeUndefined();
  });
});

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : elements(child)));
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The rendered component's elements, after the checks every picture must pass. */
async function render(component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) {
  const html = await container.renderToString(component, { props });
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/<script/i);
  const all = elements(parseFragment(html));
  const byId = new Map(all.flatMap((element) => (attr(element, 'id') ? [[attr(element, 'id')!, element]] : [])));
  expect(byId.size, 'ids are unique').toBe(all.filter((element) => attr(element, 'id')).length);
  // Every reference by id points at an element with text.
  for (const element of all) {
    for (const name of ['aria-labelledby', 'aria-describedby']) {
      for (const id of attr(element, name)?.split(' ') ?? []) expect(textOf(byId.get(id)!).trim()).not.toBe('');
    }
  }
  // Every link has an address and a name.
  for (const link of all.filter((element) => element.tagName === 'a')) {
    expect(attr(link, 'href')).toMatch(/^\/.*\/$/);
    expect(attr(link, 'aria-label') ?? textOf(link).trim()).not.toBe('');
  }
  const named = (id: string | undefined) => textOf(byId.get(id!)!).trim();
  return { html, all, named };
}

describe('AgreementsChart', () => {
  it('is one image named by its visible caption and described, with no link inside', async () => {
    const { all, named } = await render(AgreementsChart, { agreements: archive.agreements });
    const [svg] = all.filter((element) => element.tagName === 'svg' && attr(element, 'role') === 'img');
    expect(all.find((element) => element.tagName === 'figcaption')).toBeDefined();
    expect(named(attr(svg!, 'aria-labelledby'))).toBe('Agreements by the year of their latest status');
    expect(named(attr(svg!, 'aria-describedby'))).toContain('from 2019 to 2023');
    expect(elements(svg!).filter((element) => element.tagName === 'a')).toEqual([]);
    // The legend's swatches are hidden; its names are read.
    expect(all.filter((element) => element.tagName === 'svg' && attr(element, 'aria-hidden') === 'true')).toHaveLength(
      4,
    );
  });

  it('holds in its table the same numbers as its bars: year × status, with totals', async () => {
    const { all } = await render(AgreementsChart, { agreements: archive.agreements });
    const chart = agreementsByYear(archive.agreements)!;
    const table = all.find((element) => element.tagName === 'table')!;
    const rows = elements(table)
      .filter((element) => element.tagName === 'tr')
      .map((tr) => elements(tr).map((cell) => textOf(cell).trim()));
    expect(rows).toEqual([
      ['Year', 'In negotiation', 'Signed', 'In force', 'Dormant', 'Total'],
      ...chart.rows.map((row) => [row.year, ...chart.statuses.map((s) => String(row.counts[s])), String(row.total)]),
      ['Total', '1', '1', '2', '1', '5'],
    ]);
    // The bars draw the same counts: one part per non-zero cell, and each row's total written at its end.
    const svg = all.find((element) => attr(element, 'role') === 'img')!;
    const parts = elements(svg).filter((element) => attr(element, 'class')?.includes('chart__segment'));
    expect(parts.map((part) => textOf(part))).toEqual(
      chart.rows.flatMap((row) =>
        row.segments.map((s) => `${row.year}, ${rows[0]![1 + chart.statuses.indexOf(s.status)]}: ${s.count}`),
      ),
    );
    const scroll = all.find((element) => element.tagName === 'section')!;
    expect(attr(scroll, 'tabindex')).toBe('0');
  });

  it('renders nothing without agreements', async () => {
    expect((await container.renderToString(AgreementsChart, { props: { agreements: [] } })).trim()).toBe('');
  });
});

describe('PartnersChart', () => {
  it('is a group of links named by its caption, each bar naming the partner and the count', async () => {
    const { all, named } = await render(PartnersChart, {
      archive,
      country: 'united-states',
      relations: archive.relationsOf('united-states').map(relationCounts),
    });
    const svg = all.find((element) => element.tagName === 'svg')!;
    expect(attr(svg, 'role')).toBe('group');
    expect(named(attr(svg, 'aria-labelledby'))).toBe('Partners of United States by shared agreements');
    const links = elements(svg).filter((element) => element.tagName === 'a');
    expect(links.map((link) => [attr(link, 'aria-label'), attr(link, 'href')])).toEqual([
      ['Japan: 4 shared agreements', urls.relation('japan', 'united-states')],
      ['Australia: 1 shared agreement', urls.relation('australia', 'united-states')],
      ['India: 1 shared agreement', urls.relation('india', 'united-states')],
      ['South Korea: 1 shared agreement', urls.relation('south-korea', 'united-states')],
    ]);
    // Name and value are visible text in each bar.
    const textsOf = (link: Element) =>
      elements(link)
        .filter((element) => element.tagName === 'text')
        .map((text) => textOf(text).trim());
    expect(links.map(textsOf)).toEqual([
      ['Japan', '4'],
      ['Australia', '1'],
      ['India', '1'],
      ['South Korea', '1'],
    ]);
  });
});

describe('RelationMatrix', () => {
  it('is a focusable, labelled scroll region holding a group of named links, one per non-empty cell', async () => {
    const { all, named } = await render(RelationMatrix, { archive, relations: archive.relations.map(relationCounts) });
    const region = all.find((element) => element.tagName === 'section')!;
    expect(attr(region, 'tabindex')).toBe('0');
    expect(named(attr(region, 'aria-labelledby'))).toBe('Ties between pairs of countries');
    const svg = elements(region).find((element) => element.tagName === 'svg')!;
    expect(attr(svg, 'role')).toBe('group');
    const links = elements(svg).filter((element) => element.tagName === 'a');
    expect(links).toHaveLength(2 * archive.relations.length);
    expect(links.map((link) => attr(link, 'aria-label'))).toContain(
      'Japan and United States: 4 agreements, 1 summit, 1 report',
    );
    // Each cell shows its total; the axis labels are full names, hidden as the links say it all.
    expect(links.map((link) => textOf(link).trim())).toEqual(
      relationMatrix(archive.relations.map(relationCounts), nameOf, urls.relation)!.cells.map((c) => String(c.total)),
    );
    const labels = all.find((element) => element.tagName === 'g' && attr(element, 'aria-hidden') === 'true')!;
    expect(textOf(labels)).toContain('United States');
  });
});
