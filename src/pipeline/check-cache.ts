/**
 * Per-article results of the content check, cached in one file keyed by each article's text: a
 * rebuild after one edit re-reads 10,000 articles but parses and validates only the edited one.
 * Cross-file checks (references, duplicates, agreements) always run on the full set.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type { ArticleRecord } from '../domain/archive.ts';
import { codeFingerprint, type CodeInputs } from './code-fingerprint.ts';
import type { Problem } from '../domain/validate.ts';

export interface CheckedArticle {
  record?: ArticleRecord;
  problems: Problem[];
}

/**
 * What a cached result depends on besides the article's text: the content check's code (the
 * modules content-check.ts imports, schemas included) and the versions of the packages it uses to
 * read YAML and validate (the lockfile). An edit to any other module keeps the results.
 */
const checkCode: CodeInputs = { entries: ['src/pipeline/content-check.ts'], files: ['package-lock.json'] };

let fingerprint: string | undefined;

export class CheckCache {
  readonly #file: string | undefined;
  readonly #fingerprint: string;
  readonly #previous: Map<string, CheckedArticle>;
  readonly #current = new Map<string, CheckedArticle>();

  /** Without a file, nothing is read or kept. */
  constructor(file?: string) {
    this.#file = file;
    // Once per process: the article loader makes a cache per load.
    this.#fingerprint = file ? (fingerprint ??= codeFingerprint(projectRoot, checkCode)) : '';
    this.#previous = new Map();
    if (!file) return;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as {
        fingerprint: string;
        entries: [string, CheckedArticle][];
      };
      if (saved.fingerprint === this.#fingerprint) this.#previous = new Map(saved.entries);
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  static key(file: string, id: string, source: string): string {
    return createHash('sha256').update(file).update('\0').update(id).update('\0').update(source).digest('hex');
  }

  /** The valid frontmatter the last run found in the article whose key is `key`, if any. */
  previousRecord(key: string): ArticleRecord | undefined {
    return this.#previous.get(key)?.record;
  }

  /** The cached result for `key`, or `check()`'s, which is remembered. */
  get(key: string, check: () => CheckedArticle): CheckedArticle {
    const result = this.#previous.get(key) ?? check();
    this.#current.set(key, result);
    return result;
  }

  /** Keeps this run's entries only, so the file never grows with deleted articles. */
  save(): void {
    if (!this.#file) return;
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify({ fingerprint: this.#fingerprint, entries: [...this.#current] }));
  }
}
