/**
 * Link-preview cards: the 1200×630 picture every page names as its `og:image`. This module holds
 * what a card shows and how it is laid out, as an element tree for satori; src/pipeline/card-images.ts
 * renders and caches the PNGs.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from '../config.ts';

export interface CardSpec {
  title: string;
  /** A word above the title: "Country", "Relation", "Summit". */
  kicker?: string;
  /** Already formatted for the page's language. */
  date?: string;
  /** Country names, in the order shown. */
  countries: readonly string[];
  /** BCP 47 language of the title; 'en' when absent. */
  lang?: string;
  /** The site's name in the card's language; the configured title when absent. */
  siteName?: string;
}

/** The site folder of the cards, `og/<key>.png`. */
export const CARD_FOLDER = 'og';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The card design's version, part of every key: bump it with any change that alters the picture
 * (this layout, the fonts or the encoding in src/pipeline/card-worker.ts), so that cached cards are
 * drawn again and pages name new URLs, which link previews fetch anew.
 */
const CARD_DESIGN = 2;

/** A short, URL-safe name for the card, the same for the same text and design. */
export function cardKey(spec: CardSpec): string {
  const { title, kicker = '', date = '', countries, lang = 'en', siteName = siteConfig.title } = spec;
  const text = JSON.stringify([CARD_DESIGN, siteName, title, kicker, date, countries, lang]);
  // Hex, not base64: file names stay distinct on case-insensitive file systems.
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

/** A satori element: the shape of a React element, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
type CardChild = CardNode | string;

/** The families the card uses; card-worker.ts registers its font files under these names. */
export const CARD_FONTS = { latin: 'Noto Sans', japanese: 'Noto Sans JP', korean: 'Noto Sans KR' } as const;

const NAVY = '#0b1a33';
const PLANET = '#12284b';
const ACCENT = '#8fc1ff';
const TEXT = '#f4f7fc';
const MUTED = '#b9c6dc';
const LINE = 'rgba(143, 193, 255, 0.22)';
const FAINT_LINE = 'rgba(143, 193, 255, 0.12)';
const RIM = 'rgba(143, 193, 255, 0.35)';

/**
 * Title sizes by the title's width in Latin letters (a Chinese, Japanese or Korean character counts
 * as two): each size is clamped to as many lines as the card has room for, so an unusually wide
 * title ends in an ellipsis instead of overflowing.
 */
const TITLE_SIZES = [
  { upTo: 48, fontSize: 72, lines: 3 },
  { upTo: 90, fontSize: 60, lines: 4 },
  { upTo: 140, fontSize: 52, lines: 5 },
  { upTo: Infinity, fontSize: 44, lines: 6 },
] as const;

/** East Asian wide characters: hangul, CJK ideographs and kana, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function titleSize(title: string): (typeof TITLE_SIZES)[number] {
  let width = 0;
  for (const character of title) width += WIDE.test(character) ? 2 : 1;
  return TITLE_SIZES.find(({ upTo }) => width <= upTo)!;
}

const node = (style: Record<string, string | number>, children?: CardChild | CardChild[]): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** A circle filled, not bordered: satori clips borders, and clips cost resvg time. */
const dot = (left: number, top: number, size: number, color: string) =>
  node({ position: 'absolute', left, top, width: size, height: size, borderRadius: size / 2, backgroundColor: color });

/** The site's mark beside its name: a ring with a satellite. */
function mark(): CardNode {
  return node({ position: 'relative', width: 30, height: 30, marginRight: 16 }, [
    dot(2, 3, 26, ACCENT),
    dot(6, 7, 18, NAVY),
    dot(20, 0, 10, TEXT),
  ]);
}

/**
 * The card's text as a satori element tree, on a transparent ground: kicker and date, title,
 * countries, and the site's name. `withBackdrop` puts it on the card's ground.
 */
export function cardElement(spec: CardSpec, siteName: string): CardNode {
  const { title, kicker, date, countries, lang = 'en' } = spec;
  const { fontSize, lines } = titleSize(title);
  // Noto Sans first: it covers the Latin, Greek and Cyrillic letters the CJK fonts lack (ł, ő, ğ, ş).
  // Han characters are drawn differently in Japan and Korea: the title's language picks the CJK
  // font tried next; either one falls back to the other for the script it lacks.
  const korean = lang.split('-')[0]!.toLowerCase() === 'ko';
  const fontFamily = korean
    ? `${CARD_FONTS.latin}, ${CARD_FONTS.korean}, ${CARD_FONTS.japanese}`
    : `${CARD_FONTS.latin}, ${CARD_FONTS.japanese}, ${CARD_FONTS.korean}`;

  // One line: a kicker too long for it ends in an ellipsis where the date begins (broken anywhere,
  // not between words, so that the ellipsis reaches it); the date stays whole.
  const meta: CardChild[] = [];
  if (kicker) {
    meta.push(
      node(
        {
          display: 'block',
          lineClamp: 1,
          wordBreak: 'break-all',
          color: ACCENT,
          fontWeight: 700,
          textTransform: 'uppercase',
          letterSpacing: 3,
        },
        kicker,
      ),
    );
  }
  if (kicker && date) meta.push(node({ flexShrink: 0, color: MUTED, margin: '0 14px' }, '·'));
  if (date) meta.push(node({ flexShrink: 0, color: MUTED }, date));

  const children: CardChild[] = [];
  if (meta.length > 0) children.push(node({ display: 'flex', fontSize: 26, lineHeight: 1.3, marginBottom: 26 }, meta));
  children.push(
    node(
      {
        display: 'block',
        fontSize,
        fontWeight: 700,
        lineHeight: 1.15,
        color: TEXT,
        lineClamp: lines,
        // Korean breaks lines between words, as Korean readers expect; Japanese between any characters.
        ...(korean ? { wordBreak: 'keep-all', overflowWrap: 'anywhere' } : {}),
      },
      title,
    ),
  );
  children.push(node({ flexGrow: 1 }));
  if (countries.length > 0) {
    children.push(
      node(
        // One line, ending in an ellipsis: a clamp rather than `nowrap`, which would need `overflow: hidden`,
        // and satori clips what overflow hides, at a cost to resvg.
        { display: 'block', lineClamp: 1, fontSize: 30, lineHeight: 1.25, color: MUTED, marginBottom: 28 },
        countries.join(' · '),
      ),
    );
  }
  children.push(node({ height: 2, backgroundColor: LINE, marginBottom: 22 }));
  children.push(
    node({ display: 'flex', alignItems: 'center', fontSize: 26, color: TEXT, letterSpacing: 1 }, [mark(), siteName]),
  );

  return node(
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: '60px 72px 52px',
      boxSizing: 'border-box',
      fontFamily,
      fontWeight: 400,
    },
    children,
  );
}

/** The inner orbit: centre, radii, tilt in degrees. */
const ORBIT = { cx: 1010, cy: 480, rx: 450, ry: 150, tilt: -14 };

/** The point of the inner orbit at `degrees` along it, tilt included. */
function onOrbit(degrees: number): { x: number; y: number } {
  const [t, tilt] = [(degrees * Math.PI) / 180, (ORBIT.tilt * Math.PI) / 180];
  const [x, y] = [ORBIT.rx * Math.cos(t), ORBIT.ry * Math.sin(t)];
  return {
    x: ORBIT.cx + x * Math.cos(tilt) - y * Math.sin(tilt),
    y: ORBIT.cy + x * Math.sin(tilt) + y * Math.cos(tilt),
  };
}

/**
 * The card's ground: navy, a planet in the lower right corner, two tilted orbits and a satellite,
 * faint behind the text. Plain SVG rather than satori boxes: satori clips every border and turns an
 * inline SVG into an embedded image, each of which takes resvg longer than the rest of the card.
 */
const BACKDROP = (() => {
  const { cx, cy, rx, ry, tilt } = ORBIT;
  // In the right margin, where no text reaches.
  const satellite = onOrbit(295);
  const orbit = `fill="none" stroke-width="2" transform="rotate(${tilt} ${cx} ${cy})"`;
  return [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${NAVY}"/>`,
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" stroke="${LINE}" ${orbit}/>`,
    `<ellipse cx="${cx - 30}" cy="${cy - 20}" rx="${rx + 150}" ry="${ry + 60}" stroke="${FAINT_LINE}" ${orbit}/>`,
    `<circle cx="1160" cy="610" r="180" fill="${PLANET}" stroke="${RIM}" stroke-width="2"/>`,
    `<circle cx="${satellite.x.toFixed(1)}" cy="${satellite.y.toFixed(1)}" r="7" fill="${ACCENT}"/>`,
  ].join('');
})();

/** The whole card: satori's SVG of `cardElement` laid over the ground. */
export function withBackdrop(text: string): string {
  const open = text.indexOf('>') + 1;
  return `${text.slice(0, open)}${BACKDROP}${text.slice(open)}`;
}
