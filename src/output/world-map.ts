/**
 * The world map of the countries page, as plain data for src/components/WorldMap.astro: the
 * archive's countries shaded by their number of agreements and linked to their pages, lines for the
 * relations between them, the rest of the world as one background shape, a legend, and the same
 * facts as table rows. Drawn from Natural Earth (world-atlas) at build time; no script runs in the
 * page. The atlas is read and projected once per process, whatever the number of renders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  geoArea,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type GeoContext,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
// The entry without the 80 locale files the package's main entry registers: only the code tables are needed.
import isoCountries from 'i18n-iso-countries/index.js';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { projectRoot } from '../config.ts';
import { ui } from '../i18n/ui.ts';
import type { Urls } from './urls.ts';

export interface MapCountry {
  id: string;
  name: string;
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

export interface CountryRow {
  name: string;
  href: string;
  agreements: number;
  relations: number;
}

export interface RelationRow {
  name: string;
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
  missing: { name: string; href: string }[];
  countryRows: CountryRow[];
  relationRows: RelationRow[];
}

export const MAP_WIDTH = 960;
/** Antarctica would take a fifth of the height for no state: left off the map (and listed as not on it). */
const ANTARCTICA = '010';
const MAX_LEVELS = 4;
/**
 * The most relation lines drawn: beyond a few hundred they are a tangle, a tab stop each, and past
 * the markup budget (780 lines of 40 countries come to 30 KB gzipped). The strongest are drawn;
 * the table under the map lists them all.
 */
export const MAX_LINES = 250;

type CountryGeometry = GeometryObject<{ name: string }>;
type AreaGeometry = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;
type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const atlasRequire = createRequire(path.join(projectRoot, 'package.json'));
const atlases = new Map<string, { topology: Atlas; byId: Map<string, CountryGeometry> }>();

/** Resolved through the project's node_modules: Astro bundles this module, so no path relative to it holds. */
function atlas(file: 'countries-110m.json' | 'countries-50m.json') {
  let loaded = atlases.get(file);
  if (!loaded) {
    const topology = JSON.parse(readFileSync(atlasRequire.resolve(`world-atlas/${file}`), 'utf8')) as Atlas;
    const geometries = topology.objects.countries.geometries;
    // Features with no ISO code (Kosovo, Northern Cyprus, Somaliland) stay in the background only.
    const byId = new Map(
      geometries.flatMap((g) => (g.id === undefined || g.id === ANTARCTICA ? [] : [[String(g.id), g] as const])),
    );
    loaded = { topology, byId };
    atlases.set(file, loaded);
  }
  return loaded;
}

const isArea = (g: CountryGeometry | undefined): g is AreaGeometry =>
  g?.type === 'Polygon' || g?.type === 'MultiPolygon';

function shapeOf(topology: Atlas, geometry: AreaGeometry): Feature<Polygon | MultiPolygon> {
  return feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
}

/**
 * A d3-geo path context for polygons that writes whole units as relative moves, dropping repeated
 * points and rings that shrink to nothing: half the bytes of d3's own path strings in whole units,
 * a third of those with one decimal. Whole units of a 960-wide map are finer than the 110m outlines.
 */
class CompactPath implements Pick<GeoContext, 'moveTo' | 'lineTo' | 'closePath'> {
  #d = '';
  /** The pen after the written rings: an SVG path returns to a ring's start when it is closed. */
  #pen = [0, 0];
  #start = [0, 0];
  #last = [0, 0];
  #steps: number[] = [];

  moveTo(x: number, y: number) {
    this.#start = this.#last = [Math.round(x), Math.round(y)];
    this.#steps = [];
  }

  lineTo(x: number, y: number) {
    const point = [Math.round(x), Math.round(y)];
    if (point[0] === this.#last[0] && point[1] === this.#last[1]) return;
    this.#steps.push(point[0]! - this.#last[0]!, point[1]! - this.#last[1]!);
    this.#last = point;
  }

  closePath() {
    // Fewer than three distinct points draw nothing.
    if (this.#steps.length < 4) return;
    const move = [this.#start[0]! - this.#pen[0]!, this.#start[1]! - this.#pen[1]!];
    this.#d += `m${numbers(move)}l${numbers(this.#steps)}z`;
    this.#pen = this.#start;
  }

  /** The path data written since the last call. */
  take(): string {
    const d = this.#d;
    this.#d = '';
    this.#pen = [0, 0];
    return d;
  }
}

/** Numbers in SVG path data: a minus sign separates as well as a space does. */
function numbers(list: readonly number[]): string {
  return list.reduce<string>((text, n, index) => text + (index > 0 && n >= 0 ? ' ' : '') + String(n), '');
}

interface Projected {
  projection: GeoProjection;
  /** Path data for polygons and multipolygons. */
  draw: (object: GeoPermissibleObjects) => string;
  height: number;
}

let projected: Projected | undefined;

/** Equal Earth fitted to the map's width; the height follows from the shapes drawn. */
function world(): Projected {
  if (!projected) {
    const { topology } = atlas('countries-110m.json');
    const shown = feature(topology, {
      type: 'GeometryCollection',
      geometries: topology.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA),
    });
    const projection = geoEqualEarth().fitWidth(MAP_WIDTH, shown);
    const context = new CompactPath();
    // For polygons d3 calls only moveTo, lineTo and closePath (arc is for points, which are not drawn).
    const path = geoPath(projection, context as unknown as GeoContext);
    const draw = (object: GeoPermissibleObjects) => {
      path(object);
      return context.take();
    };
    projected = { projection, draw, height: Math.ceil(geoPath(projection).bounds(shown)[1][1]) };
  }
  return projected;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The centre of a country's largest polygon, so that a country with overseas parts or islands is
 * placed on its main land (the U.S. in the lower 48, France in Europe). Spherical, so a polygon cut
 * by the map's edge still gets its true centre.
 */
function mainCentre(shape: Feature<Polygon | MultiPolygon>): [number, number] | undefined {
  const polygons: Polygon[] =
    shape.geometry.type === 'Polygon'
      ? [shape.geometry]
      : shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
  const point = world().projection(geoCentroid(largest));
  return point ? [round(point[0]), round(point[1])] : undefined;
}

interface Placed {
  /** ISO 3166-1 numeric: the atlas's id. */
  numeric: string;
  /** The outline in the 110m map, if the country has one there. */
  d?: string;
  centre: [number, number];
}

const placements = new Map<string, Placed | undefined>();

/** A country's outline (110m) or, for a small state, its centre from the 50m map. */
function locate(numeric: string | undefined): Placed | undefined {
  if (numeric === undefined) return undefined;
  const outline = atlas('countries-110m.json').byId.get(numeric);
  if (isArea(outline)) {
    const shape = shapeOf(atlas('countries-110m.json').topology, outline);
    const centre = mainCentre(shape);
    return centre && { numeric, d: world().draw(shape), centre };
  }
  const small = atlas('countries-50m.json').byId.get(numeric);
  const centre = isArea(small) ? mainCentre(shapeOf(atlas('countries-50m.json').topology, small)) : undefined;
  return centre && { numeric, centre };
}

/** Memoised per code: the 50m map is read only if a country needs it, and each outline is drawn once. */
function place(iso2: string): Placed | undefined {
  if (!placements.has(iso2)) placements.set(iso2, locate(isoCountries.alpha2ToNumeric(iso2)));
  return placements.get(iso2);
}

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
export function shadingLevels(max: number): ShadingLevel[] {
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

export function worldMap({ countries, agreements, relations, urls }: WorldMapInput): WorldMapModel {
  const { draw, height } = world();
  const agreementCounts = new Map<string, number>();
  for (const agreement of agreements) {
    for (const party of new Set(agreement.parties)) agreementCounts.set(party, (agreementCounts.get(party) ?? 0) + 1);
  }
  const relationCounts = new Map<string, number>();
  for (const { a, b } of relations) {
    for (const id of [a, b]) relationCounts.set(id, (relationCounts.get(id) ?? 0) + 1);
  }
  const sorted = [...countries].sort(byName);
  const levels = shadingLevels(Math.max(0, ...sorted.map((c) => agreementCounts.get(c.id) ?? 0)));
  const countryRows: CountryRow[] = sorted.map((country) => ({
    name: country.name,
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
      missing.push({ name: row.name, href: row.href });
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

  const nameOf = new Map(countries.map((country) => [country.id, country.name]));
  const relationRows: RelationRow[] = [];
  const candidates: { line: RelationLine; strength: [number, number, number]; order: number }[] = [];
  for (const relation of relations) {
    const [a, b] = [nameOf.get(relation.a) ?? relation.a, nameOf.get(relation.b) ?? relation.b];
    const row = {
      name: ui.relations.pairName(a, b),
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

  const { topology } = atlas('countries-110m.json');
  const rest = topology.objects.countries.geometries.filter(
    (g): g is AreaGeometry => isArea(g) && g.id !== ANTARCTICA && !drawn.has(String(g.id)),
  );
  return {
    width: MAP_WIDTH,
    height,
    land: draw(merge(topology, rest)),
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
