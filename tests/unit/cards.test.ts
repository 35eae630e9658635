/**
 * Link-preview cards: the key, the layout, the fonts, and the cache the worker threads fill. Every
 * card goes to a temporary cache folder, never the project's.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardElement, cardKey, type CardNode, type CardSpec } from '../../src/output/cards.ts';
import { drawCards, placeCards, type CardJob } from '../../src/pipeline/card-images.ts';
import { cardSvg } from '../../src/pipeline/card-worker.ts';

const siteName = 'Space Diplomacy Archive';
const cacheDir = mkdtempSync(path.join(tmpdir(), 'cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const summit: CardSpec = {
  title: 'Biden backs bid to land first Japanese astronaut on the Moon',
  kicker: 'Summit',
  date: '23 May 2022',
  countries: ['Japan', 'United States'],
};
const countries = [
  'Japan',
  'South Korea',
  'United States',
  'France',
  'Germany',
  'Italy',
  'India',
  'Brazil',
  'Australia',
  'Canada',
  'United Kingdom',
  'United Arab Emirates',
];
/** Titles of 300 characters, in Latin capitals and in Japanese: far more than the card has room for. */
const longTitles = [
  'ARTEMIS ACCORDS SIGNATORIES AGREE ON LUNAR SAFETY ZONES AND DATA SHARING. '.repeat(5).slice(0, 300),
  '日本と韓国、アルテミス計画と月周回有人拠点で協力する宇宙協定に署名。'.repeat(10).slice(0, 300),
];
const longSpecs: CardSpec[] = [
  { title: longTitles[0]!, countries, lang: 'en' },
  { title: longTitles[1]!, countries, lang: 'ja' },
];

const cardFile = (spec: CardSpec) => path.join(cacheDir, 'cards', `${cardKey(spec)}.png`);

/** A card's PNG, drawn into `folder`'s cache unless there already. */
async function cardImage(spec: CardSpec, folder = cacheDir): Promise<Buffer> {
  const { files } = await drawCards([spec], folder);
  return readFileSync(files.get(cardKey(spec))!);
}

/** How many cards the pool is handed while `run` runs. */
async function cardsDrawn(run: () => Promise<unknown>): Promise<number> {
  const post = vi.spyOn(Worker.prototype, 'postMessage');
  try {
    await run();
    return post.mock.calls.reduce((sum, [jobs]) => sum + (jobs as CardJob[]).length, 0);
  } finally {
    post.mockRestore();
  }
}

/** The element whose only child is `text`. */
function elementWithText(tree: CardNode, text: string): CardNode | undefined {
  if (tree.props.children === text) return tree;
  const children = [tree.props.children].flat();
  for (const child of children) {
    const found = typeof child === 'object' ? elementWithText(child, text) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The outlines of the text satori drew in `color`: it draws text as paths, one per run. */
const textPaths = (svg: string, color: string) =>
  [...svg.matchAll(new RegExp(`<path fill="${color}" d="([^"]+)"`, 'g'))].map(([, d]) => d!);

/** The bounding box of some paths (their control points included, which only makes it larger). */
function pathBox(paths: readonly string[]): { left: number; top: number; right: number; bottom: number } {
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const d of paths) {
    const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [x, y] = [numbers[i]!, numbers[i + 1]!];
      Object.assign(box, {
        left: Math.min(box.left, x),
        right: Math.max(box.right, x),
        top: Math.min(box.top, y),
        bottom: Math.max(box.bottom, y),
      });
    }
  }
  return box;
}

describe('cardKey', () => {
  it('is short, URL-safe and the same for the same text', () => {
    expect(cardKey(summit)).toMatch(/^[0-9a-f]{20}$/);
    expect(cardKey({ ...summit, countries: [...summit.countries] })).toBe(cardKey(summit));
    expect(cardKey({ ...summit, lang: 'en' })).toBe(cardKey(summit));
  });

  it('changes with anything the card shows', () => {
    const keys = [
      summit,
      { ...summit, title: 'Biden backs bid to land first Japanese astronaut on Mars' },
      { ...summit, kicker: 'Relation' },
      { ...summit, date: '24 May 2022' },
      { ...summit, countries: ['United States', 'Japan'] },
      { ...summit, lang: 'ko' },
    ].map((spec) => cardKey(spec));
    expect(new Set(keys).size).toBe(keys.length);
    expect(cardKey({ ...summit, siteName: 'Another Archive' })).not.toBe(cardKey(summit));
  });
});

describe('drawCards', () => {
  it('draws a 1200×630 PNG that decodes to the card', async () => {
    const png = await cardImage(summit, cacheDir);
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT });
    // The whole image decodes (the decoder checks every chunk), opaque, navy in the corner.
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 });
    expect([...data.subarray(0, 4)]).toEqual([0x0b, 0x1a, 0x33, 0xff]);
    expect((await sharp(png).stats()).isOpaque).toBe(true);
  });

  it('reads a card it has drawn from the cache, without drawing it again', async () => {
    const first = await cardImage(summit, cacheDir);
    const { ino, mtimeMs } = statSync(cardFile(summit));
    let again: Uint8Array | undefined;
    expect(await cardsDrawn(async () => (again = await cardImage({ ...summit }, cacheDir)))).toBe(0);
    expect(again).toEqual(first);
    expect(statSync(cardFile(summit))).toMatchObject({ ino, mtimeMs });
  });

  it.each(longSpecs)('keeps a very long title and a dozen countries within the card ($lang)', async (spec) => {
    const png = await cardImage(spec, cacheDir);
    expect(await sharp(png).metadata()).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });

    const tree = cardElement(spec, siteName);
    const title = elementWithText(tree, spec.title)!;
    const names = elementWithText(tree, countries.join(' · '))!;
    expect(title.props.style).toHaveProperty('lineClamp');
    expect(names.props.style).toMatchObject({ lineClamp: 1 });

    // Title and countries each keep to their own band, inside the margins, above the site's name
    // (drawn in the title's colour: the paths a card without title draws in it).
    const svg = await cardSvg(spec, siteName);
    const [titleColor, namesColor] = [String(title.props.style!.color), String(names.props.style!.color)];
    const siteNamePaths = textPaths(await cardSvg({ title: '', countries: [] }, siteName), titleColor);
    const titleBox = pathBox(textPaths(svg, titleColor).filter((d) => !siteNamePaths.includes(d)));
    const namesBox = pathBox(textPaths(svg, namesColor));
    const nameBox = pathBox(siteNamePaths);
    for (const box of [titleBox, namesBox, nameBox]) {
      // Drawn at all: satori leaves out what falls outside the card.
      expect(box.bottom).toBeGreaterThan(box.top);
      // Within the 72-pixel margins, give or take a glyph's overhang (Noto Sans's "J" reaches left).
      expect(box.left).toBeGreaterThanOrEqual(72 - 4);
      expect(box.right).toBeLessThanOrEqual(CARD_WIDTH - 72 + 4);
    }
    expect(titleBox.top).toBeGreaterThan(0);
    expect(titleBox.bottom).toBeLessThan(namesBox.top);
    expect(namesBox.bottom).toBeLessThan(nameBox.top);
    expect(nameBox.bottom).toBeLessThan(CARD_HEIGHT);
  });

  it('keeps a long kicker and the date on one line, the date whole', async () => {
    const spec: CardSpec = {
      title: 'U.S.–Japan Artemis implementation agreement',
      kicker: 'Memorandum of understanding · In negotiation · Renewed twice',
      date: '23 September 2022',
      countries: [],
    };
    const tree = cardElement(spec, siteName);
    const svg = await cardSvg(spec, siteName);
    // The date's colour is the separator's too: the date box begins at the separator.
    const [kicker, date] = [spec.kicker!, spec.date!].map((text) =>
      pathBox(textPaths(svg, String(elementWithText(tree, text)!.props.style!.color))),
    );
    expect(kicker!.bottom - kicker!.top).toBeLessThan(40);
    expect(kicker!.right).toBeLessThan(date!.left);
    expect(date!.right).toBeLessThanOrEqual(CARD_WIDTH - 72 + 2);
    expect(date!.right - date!.left).toBeGreaterThan(200);
  });

  it('draws Japanese, Korean and accented Latin names with real glyphs, not the box of a missing one', async () => {
    const svgOf = (title: string, lang?: string) =>
      cardSvg({ title, countries: [], ...(lang ? { lang } : {}) }, siteName);
    // Characters no font has: all drawn as the same box.
    const missing = await svgOf('\u{e000}');
    expect(await svgOf('\u{e001}')).toBe(missing);
    // Erdoğan, Łukasz, Győr, Müller, Şimşek, Ştefan, Čapek, Δ, Ж: letters the CJK fonts lack.
    for (const character of '岸田文雄アルテミス計画윤석열대한민국ğıŁłőűüŞşŢčΔЖ') {
      expect(await svgOf(character), character).not.toBe(missing);
    }
    // Han characters in the Korean font's shapes when the title is Korean, in the Japanese ones otherwise.
    expect(await svgOf('次', 'ko')).not.toBe(await svgOf('次', 'ja'));
    expect(await svgOf('次')).toBe(await svgOf('次', 'ja'));
  });

  it('rejects naming the title when a card cannot be drawn', async () => {
    const notAFolder = path.join(cacheDir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const doomed: CardSpec = { title: 'A card with nowhere to go', countries: [] };
    await expect(drawCards([doomed], notAFolder)).rejects.toThrow('Link-preview card "A card with nowhere to go":');
  });

  it('draws each missing card once, in the background, and names every card by its key', async () => {
    const specs = Array.from({ length: 6 }, (_, index) => ({ ...summit, title: `Prepared card ${index}` }));
    let result: Awaited<ReturnType<typeof drawCards>> | undefined;
    const drawn = await cardsDrawn(async () => (result = await drawCards([...specs, ...specs, summit], cacheDir)));
    expect(drawn).toBe(specs.length);
    expect(result!.drawn).toBe(specs.length);
    expect([...result!.files.keys()]).toEqual([...specs, summit].map((spec) => cardKey(spec)));
    for (const spec of specs) expect(statSync(cardFile(spec)).size).toBeGreaterThan(0);
  });

  it('leaves the cards already in the cache alone', async () => {
    const again = [summit, ...longSpecs];
    const inodes = again.map((spec) => statSync(cardFile(spec)).ino);
    expect(await cardsDrawn(async () => drawCards(again, cacheDir))).toBe(0);
    expect(again.map((spec) => statSync(cardFile(spec)).ino)).toEqual(inodes);
  });
});

describe('placeCards', () => {
  it('gives the site exactly its cards, linked from the cache, and removes those no page names', async () => {
    const site = path.join(cacheDir, 'site');
    mkdirSync(path.join(site, 'og'), { recursive: true });
    writeFileSync(path.join(site, 'og', 'no-longer-used.png'), 'old');
    const { files } = await drawCards([summit, ...longSpecs], cacheDir);
    placeCards(site, files);
    expect(readdirSync(path.join(site, 'og')).sort()).toEqual([...files.keys()].map((key) => `${key}.png`).sort());
    for (const [key, file] of files) expect(statSync(path.join(site, 'og', `${key}.png`)).ino).toBe(statSync(file).ino);
    // Placing again changes nothing.
    const inodes = readdirSync(path.join(site, 'og')).map((name) => statSync(path.join(site, 'og', name)).ino);
    placeCards(site, files);
    expect(readdirSync(path.join(site, 'og')).map((name) => statSync(path.join(site, 'og', name)).ino)).toEqual(inodes);
  });
});
