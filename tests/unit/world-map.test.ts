/**
 * The countries page's world map: the model (shading, links, names, fallbacks for countries the
 * 110m outlines lack) and the rendered markup (no inline style, every SVG link named, labelling,
 * size on the wire).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { z } from 'astro/zod';
import { geoEqualEarth } from 'd3-geo';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import WorldMap from '../../src/components/WorldMap.astro';
import { buildArchive, type Archive } from '../../src/domain/archive.ts';
import { translationOf } from '../../src/pipeline/article-id.ts';
import { readFrontmatter } from '../../src/pipeline/frontmatter.ts';
import { parseDataFile } from '../../src/pipeline/yaml-data-loader.ts';
import { createUrls } from '../../src/output/urls.ts';
import { levelOf, MAP_WIDTH, MAX_LINES, shadingLevels, worldMap } from '../../src/output/world-map.ts';
import { articleSchema, countrySchema, leaderSchema, programSchema, summitSchema } from '../../src/schemas/index.ts';
import type { Country } from '../../src/schemas/country.ts';
import { agreementMention, archiveInput, articleRecord, countries } from './_fixtures.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : elements(child)));
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

const urls = createUrls('/archive/');
const modelOf = (archive: Archive) =>
  worldMap({
    countries: [...archive.countries.values()],
    agreements: archive.agreements,
    relations: archive.relations,
    urls,
  });

const country = (id: string, name: string, iso2: string): Country => ({
  id,
  name,
  officialName: name,
  iso2,
  aliases: [],
});
const singapore = country('singapore', 'Singapore', 'SG');
const aldoria = country('aldoria', 'Aldoria', 'AA');
const cestria = country('cestria', 'Cestria', 'CE');

/** Japan is party to three agreements, the U.S. to two, South Korea and Singapore to one; Cestria is only tagged. */
const archive = buildArchive(
  archiveInput(
    [
      articleRecord('2022/tokyo', {
        countries: ['japan', 'united-states'],
        agreements: [
          agreementMention('us-japan', { parties: ['united-states', 'japan'] }),
          agreementMention('trilateral', { parties: ['japan', 'south-korea', 'united-states'] }),
        ],
      }),
      articleRecord('2022/singapore', {
        countries: ['japan', 'singapore', 'aldoria', 'cestria'],
        agreements: [agreementMention('japan-singapore', { parties: ['singapore', 'japan'] })],
      }),
    ],
    { countries: [...countries, singapore, aldoria, cestria] },
  ),
);
const model = modelOf(archive);

describe('shading levels', () => {
  it('has one step per count up to four agreements', () => {
    expect(shadingLevels(0).map(({ from, to }) => [from, to])).toEqual([[0, 0]]);
    expect(shadingLevels(1).map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(shadingLevels(4).map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });

  it('grows the steps geometrically, in round numbers, for many agreements', () => {
    expect(shadingLevels(200).map(({ label }) => label)).toEqual([
      'No agreements',
      '1–3 agreements',
      '4–10 agreements',
      '11–50 agreements',
      '51–200 agreements',
    ]);
    expect(shadingLevels(5).map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 5],
    ]);
  });

  it('covers 0 to N without gaps or overlaps, at most five levels, each count on its level', () => {
    for (let max = 0; max <= 1200; max++) {
      const levels = shadingLevels(max);
      expect(levels.length).toBeLessThanOrEqual(5);
      levels.forEach((level, index) => {
        expect(level.level).toBe(index);
        expect(level.from).toBe(index === 0 ? 0 : levels[index - 1]!.to + 1);
        expect(level.to).toBeGreaterThanOrEqual(level.from);
        expect(levelOf(level.from, levels)).toBe(index);
        expect(levelOf(level.to, levels)).toBe(index);
      });
      expect(levels.at(-1)!.to).toBe(max);
    }
  });
});

describe('the map model', () => {
  it('shades each country by its number of agreements and links it to its page', () => {
    expect(model.levels.map((level) => level.label)).toEqual([
      'No agreements',
      '1 agreement',
      '2 agreements',
      '3 agreements',
    ]);
    expect(model.shapes.map(({ href, label, level }) => ({ href, label, level }))).toEqual([
      { href: '/archive/countries/japan/', label: 'Japan: 3 agreements, 5 relations', level: 3 },
      { href: '/archive/countries/south-korea/', label: 'South Korea: 1 agreement, 2 relations', level: 1 },
      { href: '/archive/countries/united-states/', label: 'United States: 2 agreements, 2 relations', level: 2 },
    ]);
    for (const shape of model.shapes) expect(shape.d).toMatch(/^m\d+ \d+l[-\d ]+z/);
  });

  it('draws a country missing from the 110m outlines as a marker from the 50m map, still a named link', () => {
    expect(model.markers).toEqual([
      {
        href: '/archive/countries/singapore/',
        label: 'Singapore: 1 agreement, 3 relations',
        level: 1,
        cx: expect.any(Number),
        cy: expect.any(Number),
      },
    ]);
  });

  it('lists a country neither map has under the map, with a link, and keeps it in the table', () => {
    expect(model.missing).toEqual([
      { name: 'Aldoria', href: '/archive/countries/aldoria/' },
      { name: 'Cestria', href: '/archive/countries/cestria/' },
    ]);
    expect(model.countryRows.map((row) => row.name)).toEqual([
      'Aldoria',
      'Cestria',
      'Japan',
      'Singapore',
      'South Korea',
      'United States',
    ]);
    expect(model.countryRows.find((row) => row.name === 'Cestria')).toEqual({
      name: 'Cestria',
      href: '/archive/countries/cestria/',
      agreements: 0,
      relations: 3,
    });
  });

  it('lists Antarctica, left off the map to save height, as not on the map too', () => {
    const polar = worldMap({
      countries: [country('antarctica', 'Antarctica', 'AQ')],
      agreements: [],
      relations: [],
      urls,
    });
    expect([polar.shapes, polar.markers, polar.missing]).toEqual([
      [],
      [],
      [{ name: 'Antarctica', href: '/archive/countries/antarctica/' }],
    ]);
  });

  it('draws a line for each relation between placed countries, linked to the relation page (ids in alphabetical order)', () => {
    expect(model.lines.map(({ href, label, level }) => ({ href, label, level }))).toEqual([
      {
        href: '/archive/relations/japan/singapore/',
        label: 'Japan and Singapore: 1 agreement, 0 summits, 1 report',
        level: 1,
      },
      {
        href: '/archive/relations/japan/south-korea/',
        label: 'Japan and South Korea: 1 agreement, 0 summits, 0 reports',
        level: 1,
      },
      {
        href: '/archive/relations/japan/united-states/',
        label: 'Japan and United States: 2 agreements, 1 summit, 1 report',
        level: 2,
      },
      {
        href: '/archive/relations/south-korea/united-states/',
        label: 'South Korea and United States: 1 agreement, 1 summit, 0 reports',
        level: 1,
      },
    ]);
    // Relations of the countries without a position are only in the table.
    expect(model.relationRows.map((row) => row.href)).toContain('/archive/relations/aldoria/cestria/');
    expect(model.relationRows).toHaveLength(archive.relations.length);
  });

  it('starts the U.S. lines in the lower 48, the centre of its largest polygon', () => {
    const file = path.resolve('node_modules/world-atlas/countries-110m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const world = feature(topology, {
      type: 'GeometryCollection',
      geometries: topology.objects.countries.geometries.filter((g) => g.id !== '010'),
    });
    const projection = geoEqualEarth().fitWidth(MAP_WIDTH, world);
    const line = model.lines.find((l) => l.href.endsWith('/japan/united-states/'))!;
    const [x, y] = line.d.split(' ').slice(-2).map(Number);
    const [longitude, latitude] = projection.invert!([x!, y!])!;
    expect(longitude).toBeGreaterThan(-125);
    expect(longitude).toBeLessThan(-67);
    expect(latitude).toBeGreaterThan(25);
    expect(latitude).toBeLessThan(49);
  });

  it('keeps every line inside the map', () => {
    for (const line of model.lines) {
      const numbers = line.d.match(/-?[\d.]+/g)!.map(Number);
      numbers.forEach((n, index) => {
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(index % 2 === 0 ? model.width : model.height);
      });
    }
  });
});

/** The real archive in content/, read as the content check reads it. */
function contentArchive(): Archive {
  const dir = path.resolve('content');
  const data = <S extends z.ZodType>(file: string, schema: S) =>
    parseDataFile(readFileSync(path.join(dir, file), 'utf8'), file, schema).entries;
  const articleFiles = readdirSync(path.join(dir, 'articles'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.md') && !translationOf(file),
  );
  const articles = articleFiles.map((file) => {
    const { data: frontmatter } = readFrontmatter(readFileSync(path.join(dir, 'articles', file), 'utf8'), file);
    return articleRecord(file.replace(/\.md$/, ''), articleSchema.parse(frontmatter));
  });
  return buildArchive({
    articles,
    countries: data('countries.yaml', countrySchema),
    leaders: data('leaders.yaml', leaderSchema),
    programs: data('programs.yaml', programSchema),
    summits: data('summits.yaml', summitSchema),
  });
}

/**
 * Forty countries with large or intricate outlines. The first is party to all 200 agreements (one
 * with each of the others in turn), the rest to five each; articles pair each country with its next
 * five: 229 relations.
 */
function fortyCountries(): Archive {
  const codes = (
    'RU CA US CN BR AU IN ID JP PH NO GB NZ CL AR MX GL SE FI IT GR FR DE ES TR IR SA EG ZA NG ' +
    'KZ MN KR VN TH MY PG DK IS UA'
  ).split(' ');
  const list = codes.map((iso2) => country(`c-${iso2.toLowerCase()}`, `Country ${iso2}`, iso2));
  const ids = list.map((c) => c.id);
  const agreements = Array.from({ length: 200 }, (_, n) =>
    agreementMention(`agreement-${n}`, { parties: [ids[0]!, ids[1 + (n % 39)]!] }),
  );
  const articles = ids.flatMap((id, index) =>
    [1, 2, 3, 4, 5].map((offset) =>
      articleRecord(`2022/${id}-${offset}`, { countries: [id, ids[(index + offset) % 40]!] }),
    ),
  );
  articles[0]!.agreements = agreements;
  const archive = buildArchive(archiveInput(articles, { countries: list, leaders: [], summits: [], programs: [] }));
  expect(archive.relations).toHaveLength(229);
  return archive;
}

/** The forty countries of fortyCountries, all parties to one agreement (like the Artemis Accords), plus 20 bilateral ones. */
function everyPair(): Archive {
  const list = fortyCountries().countries;
  const ids = [...list.keys()];
  const accords = agreementMention('accords', { parties: ids });
  const bilateral = Array.from({ length: 20 }, (_, n) =>
    agreementMention(`pair-${n}`, { parties: [ids[n]!, ids[n + 20]!] }),
  );
  const article = articleRecord('2022/accords', { agreements: [accords, ...bilateral] });
  return buildArchive(
    archiveInput([article], { countries: [...list.values()], leaders: [], summits: [], programs: [] }),
  );
}

describe('the rendered map', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  const render = (input: Archive) =>
    container.renderToString(WorldMap, {
      props: {
        countries: [...input.countries.values()],
        agreements: input.agreements,
        relations: input.relations,
      },
    });

  it('names every link in the SVG, labels the SVG by its visible caption, and has no inline style or script', async () => {
    const html = await render(archive);
    const all = elements(parse(html));
    expect(html).not.toMatch(/\sstyle=|<script|<style/i);
    expect(all.filter((element) => attr(element, 'style') !== undefined)).toEqual([]);

    const svg = all.find((element) => element.tagName === 'svg' && attr(element, 'role') === 'group')!;
    const caption = all.find((element) => element.tagName === 'figcaption')!;
    expect(attr(svg, 'aria-labelledby')).toBe(attr(caption, 'id'));
    expect(caption.parentNode).toBe(svg.parentNode);
    expect((svg.parentNode as Element).tagName).toBe('figure');

    const links = elements(svg).filter((element) => element.tagName === 'a');
    expect(links).toHaveLength(model.shapes.length + model.markers.length + model.lines.length);
    for (const link of links) {
      expect(attr(link, 'href')).toMatch(/^\/.+\/$/);
      expect(attr(link, 'aria-label')).toMatch(/^\S.*: \d+ agreements?, /);
    }
    expect(new Set(links.map((link) => attr(link, 'aria-label'))).size).toBe(links.length);

    const ids = all.flatMap((element) => attr(element, 'id') ?? []);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the fallback list and the tables as text with links', async () => {
    const html = await render(archive);
    const all = elements(parse(html));
    const missing = all.find((element) => attr(element, 'class') === 'world-map__missing')!;
    expect(elements(missing).map((a) => attr(a, 'href'))).toEqual(['/countries/aldoria/', '/countries/cestria/']);
    const tables = all.filter((element) => element.tagName === 'table');
    expect(tables).toHaveLength(2);
    expect(tables.every((table) => table.parentNode && (table.parentNode as Element).tagName === 'details')).toBe(true);
    const rowLinks = tables.map((table) => elements(table).filter((element) => element.tagName === 'a').length);
    expect(rowLinks).toEqual([archive.countries.size, archive.relations.length]);
  });

  it('draws at most MAX_LINES relation lines, the strongest, and says how many it left out', async () => {
    const input = everyPair();
    expect(input.relations).toHaveLength(780);
    const drawn = modelOf(input);
    expect(drawn.lines).toHaveLength(MAX_LINES);
    expect(drawn.linesLeftOut).toBe(780 - MAX_LINES);
    // The bilateral agreements make their pairs the strongest: every one of them is drawn.
    const strongest = input.relations.filter((r) => r.agreements.length > 1).map((r) => urls.relation(r.a, r.b));
    expect(strongest.length).toBeGreaterThan(0);
    expect(drawn.lines.map((line) => line.href)).toEqual(expect.arrayContaining(strongest));
    expect(await render(input)).toContain(`${MAX_LINES} strongest of 780 relations`);
  });

  it.each([
    ['the real content', contentArchive],
    ['forty countries with 229 relations', fortyCountries],
    ['forty countries, every pair related (780 relations)', everyPair],
  ])('weighs under 30 KB gzipped for %s', async (_name, input) => {
    const html = await render(input());
    const size = gzipSync(html).length;
    console.info(`world map markup: ${html.length} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThan(30 * 1024);
  });
});
