/**
 * One thread of the card pool (src/pipeline/card-images.ts): loads the fonts once, then draws the
 * cards it is handed, in order, into the cache. The drawing functions are exported for the tests.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, cardElement, withBackdrop, type CardSpec } from '../output/cards.ts';
import { CARD_THREAD, type CardDone, type CardJob } from './card-images.ts';
import { lowerThreadPriority } from './thread-priority.ts';

const require = createRequire(import.meta.url);
const font = (name: string, file: string, weight: 400 | 700) => ({
  name,
  data: readFileSync(require.resolve(file)),
  weight,
  style: 'normal' as const,
});

/**
 * Noto Sans (Latin, Greek, Cyrillic), then Noto Sans JP and KR (kana and Han characters, and KR
 * hangul), regular and bold. One array for every card, so that satori parses the fonts once per thread.
 */
const fonts = [
  font(CARD_FONTS.latin, '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', 400),
  font(CARD_FONTS.latin, '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', 700),
  font(CARD_FONTS.japanese, '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', 400),
  font(CARD_FONTS.japanese, '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', 700),
  font(CARD_FONTS.korean, '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf', 400),
  font(CARD_FONTS.korean, '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf', 700),
];

/** The card as SVG, its text drawn as paths. */
export async function cardSvg(spec: CardSpec, siteName: string): Promise<string> {
  return withBackdrop(await satori(cardElement(spec, siteName), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts }));
}

const ROW_BYTES = CARD_WIDTH * 4;
/** The pixels as PNG stores them: each row of RGBA after its filter byte (0, none). One per thread. */
const rows = Buffer.alloc(CARD_HEIGHT * (1 + ROW_BYTES));

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const frame = Buffer.alloc(4);
  frame.writeUInt32BE(data.length);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(typed));
  return Buffer.concat([frame, typed, check]);
}

/**
 * A PNG of the card's RGBA pixels, unfiltered, deflated at a low level: about 3 ms, against 4 to
 * 6 ms for sharp and 10 ms for resvg's own encoder, for 60 to 100 KB (sharp's are a fifth smaller).
 * Quick because the card is mostly flat colour.
 */
function encodePng(pixels: Buffer): Buffer {
  for (let y = 0; y < CARD_HEIGHT; y++) pixels.copy(rows, y * (1 + ROW_BYTES) + 1, y * ROW_BYTES, (y + 1) * ROW_BYTES);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(CARD_WIDTH, 0);
  header.writeUInt32BE(CARD_HEIGHT, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, filter method 0, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 2 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The card as PNG, drawn by resvg. */
export async function cardPng(spec: CardSpec, siteName: string): Promise<Buffer> {
  // Text is already paths: resvg needs no fonts, and loading the system's would cost time.
  const image = new Resvg(await cardSvg(spec, siteName), { font: { loadSystemFonts: false } }).render();
  if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT) {
    throw new Error(`drawn ${image.width}×${image.height}, not ${CARD_WIDTH}×${CARD_HEIGHT}`);
  }
  return encodePng(image.pixels);
}

const folders = new Set<string>();

/**
 * Draws a card into its cache file: a temporary file first, so that no reader sees half a PNG.
 * The writes are asynchronous on purpose: between cards the thread's event loop turns, which is
 * when the memory of resvg's pixels (outside the JavaScript heap) is given back.
 */
async function draw({ id, spec, siteName, file }: CardJob): Promise<CardDone> {
  try {
    const png = await cardPng(spec, siteName);
    const folder = path.dirname(file);
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return { id };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * V8's collector of young objects, for the pool's threads. A card's pixels live outside the
 * JavaScript heap (resvg's canvas, and the copy `pixels` makes), held by small objects that V8
 * frees only when it next collects. Left to V8, each card drew on fresh memory, which the kernel
 * zeroes page by page; collected after each card, the next card reuses the last one's: 600 cards
 * on one thread took 8.4 instead of 11.9 CPU-seconds, and 100 MB less memory at the peak.
 * `--expose-gc` is on just long enough to take the function from a new context.
 */
function youngCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
  setFlagsFromString('--no-expose-gc');
  return () => gc({ type: 'minor' });
}

// Only on a thread the pool started: the tests import this module to draw cards themselves.
if (workerData === CARD_THREAD && parentPort) {
  // Cards are drawn on spare cores: the thread gives way to page rendering.
  lowerThreadPriority();
  const collectYoung = youngCollector();
  const port = parentPort;
  let previous: Promise<unknown> = Promise.resolve();
  port.on('message', (jobs: CardJob[]) => {
    for (const job of jobs) {
      previous = previous.then(async () => {
        port.postMessage(await draw(job));
        collectYoung();
      });
    }
  });
}
