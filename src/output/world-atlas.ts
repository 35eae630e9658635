/**
 * Natural Earth's countries (world-atlas, 110m, and 50m for small states) read and projected once
 * per process for the world map (world-map.ts): where each country is, as an outline or a point,
 * and the rest of the world as one shape. Equal Earth, fitted to the map's width; Antarctica left out.
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

export const MAP_WIDTH = 960;
/** Antarctica would take a fifth of the height for no state: left off the map (and listed as not on it). */
const ANTARCTICA = '010';

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
export function world(): Projected {
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

/** A tenth of a unit of the 960-wide map: finer than the eye can see, the same on every machine. */
export const round = (n: number) => Math.round(n * 10) / 10;

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
export function place(iso2: string): Placed | undefined {
  if (!placements.has(iso2)) placements.set(iso2, locate(isoCountries.alpha2ToNumeric(iso2)));
  return placements.get(iso2);
}

/** Every country of the 110m map but those drawn on their own (by numeric code), as one path. */
export function landWithout(drawn: ReadonlySet<string>): string {
  const { topology } = atlas('countries-110m.json');
  const rest = topology.objects.countries.geometries.filter(
    (g): g is AreaGeometry => isArea(g) && g.id !== ANTARCTICA && !drawn.has(String(g.id)),
  );
  return world().draw(merge(topology, rest));
}
