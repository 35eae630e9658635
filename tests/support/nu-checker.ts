/**
 * The W3C Nu HTML Checker (npm `vnu-jar`) over a folder: every HTML page and stylesheet in it, in
 * one run, since the JVM takes a second or two to start. Java comes from apt, never from a download
 * (vnu-jar's own `vnu.check` fetches a JRE when `java` is missing).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  /** `error`, `info` (a warning when subType is `warning`) or `non-document-error` (unreadable file, …). */
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

export interface NuReport {
  /** `file:line:column: message`, the file relative to the folder checked. */
  errors: string[];
  warnings: string[];
  seconds: number;
}

export function nuCheck(dir: string): NuReport {
  const started = performance.now();
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--skip-non-html', '--also-check-css', dir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 180_000 },
  );
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('The Nu HTML Checker needs Java, and `java` is not on PATH: apt-get install default-jre-headless');
  }
  if (run.error || run.status !== 0) {
    throw new Error(`The Nu HTML Checker did not run (${run.error?.message ?? `exit ${run.status}`}):\n${run.stderr}`);
  }
  const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
  const where = ({ url, firstLine, lastLine, firstColumn }: NuMessage) => {
    const file = url ? path.relative(dir, fileURLToPath(url)) : '.';
    // With --also-check-css, vnu 26.9 counts the lines of HTML files from 0 (of CSS files from 1);
    // the canary in tests/build/nu-html.test.ts holds the numbers to the real lines.
    const line = (firstLine ?? lastLine ?? 0) + (file.endsWith('.css') ? 0 : 1);
    return `${file}:${line}:${firstColumn ?? 0}`;
  };
  const report: NuReport = { errors: [], warnings: [], seconds: (performance.now() - started) / 1000 };
  for (const message of messages) {
    const line = `${where(message)}: ${message.message}`;
    if (message.type === 'info') {
      if (message.subType === 'warning') report.warnings.push(line);
    } else {
      report.errors.push(line);
    }
  }
  return report;
}
