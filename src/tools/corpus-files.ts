/**
 * Writes a synthetic corpus (synthetic-corpus.ts, archive-corpus.ts) as a content folder: data
 * files, Markdown articles with generated bodies and a test picture, translations beside them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { random, streamSeed, WORDS } from './seeded-random.ts';
import type { Corpus, CorpusArticle } from './synthetic-corpus.ts';
import { translatedBody } from './synthetic-translations.ts';

/** A 500–900-word report with headings, a list, a link and a quotation. */
function longBody(rand: () => number): string {
  const word = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 10 + Math.floor(rand() * 8) }, word);
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const target = 500 + Math.floor(rand() * 400);
  const parts: string[] = [];
  let words = 0;
  let section = 0;
  while (words < target) {
    if (words > 0 && words / 150 > section) {
      section++;
      parts.push(`## Section ${section}: the ${word()} question`);
    }
    const paragraph = Array.from({ length: 3 + Math.floor(rand() * 3) }, sentence).join(' ');
    parts.push(paragraph);
    words += paragraph.split(' ').length;
    if (section === 1 && parts.length === 4)
      parts.push(`- the ${word()} track\n- the ${word()} budget\n- the ${word()} schedule`);
    if (section === 2 && parts.at(-1)!.startsWith('>') === false && rand() < 0.3) {
      parts.push(`> "We will ${word()} together," a spokesperson said.`);
    }
  }
  parts.push(`Background on the [agency programme](https://example.net/${word()}).`);
  return parts.join('\n\n');
}

function body(article: CorpusArticle, rand: () => number): string {
  const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
  const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');
  return [
    paragraph(),
    '## Background',
    paragraph(),
    '- first point\n- second point',
    '> A quoted statement, attributed to a spokesperson.',
    `## Outlook for ${article.title.split(' ').at(-1)}`,
    `${paragraph()} See [the agency](https://example.net/agency).`,
  ].join('\n\n');
}

/** A small, deterministic PNG, so image handling runs on real pixels. */
async function writeTestImage(file: string): Promise<void> {
  const width = 1600;
  const height = 900;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    pixels[i] = x % 256;
    pixels[i + 1] = 80;
    pixels[i + 2] = 160;
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toFile(file);
}

/**
 * Writes the corpus as data files and Markdown articles under `dir`, and its translations beside
 * their originals; `longBodies` gives every article a 500–900-word body (benchmarks), otherwise a
 * short one (tests); translations get bodies of the same lengths in their language.
 */
export async function writeCorpus(dir: string, corpus: Corpus, seed = 1, { longBodies = false } = {}): Promise<void> {
  const rand = random(seed + 1);
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  for (const kind of ['countries', 'leaders', 'programs', 'summits'] as const) {
    await writeFile(path.join(dir, `${kind}.yaml`), stringify(corpus[kind]));
  }
  for (const article of corpus.articles) {
    const { id, draft, image, ...fields } = article;
    const frontmatter = {
      ...fields,
      ...(image
        ? { image: { src: `./${image}`, alt: 'A generated test pattern', credit: 'Test Studio', caption: 'A caption' } }
        : {}),
      description: `A synthetic dek for ${article.title.toLowerCase()}.`,
      source: { publication: 'Synthetic Wire', author: 'Test Writer' },
      ...(draft ? { draft: true } : {}),
    };
    const file = path.join(dir, 'articles', `${id}.md`);
    await mkdir(path.dirname(file), { recursive: true });
    if (image) await writeTestImage(path.join(path.dirname(file), image));
    // Dates are quoted, as the editors' guide requires.
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    await writeFile(file, `---\n${yaml}---\n\n${longBodies ? longBody(rand) : body(article, rand)}\n`);
  }
  // Translations draw from a stream of their own: the English bodies stay those of the same seed.
  const translationRand = random(streamSeed(seed, 2));
  for (const translation of corpus.translations) {
    const { id, lang, title, description, translator, translationNote, agreementTitles } = translation;
    const frontmatter = {
      title,
      description,
      translator,
      ...(translationNote ? { translationNote } : {}),
      ...(agreementTitles ? { agreementTitles } : {}),
    };
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
    await writeFile(
      path.join(dir, 'articles', `${id}.${lang}.md`),
      `---\n${yaml}---\n\n${translatedBody(translation, longBodies, translationRand)}\n`,
    );
  }
}
