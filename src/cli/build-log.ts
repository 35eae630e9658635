/**
 * Astro lets some content mistakes through with only a log message (an unknown reference, a
 * duplicate id, a data file it could not read): the build fails on every warning and error Astro
 * logs. src/cli/astro-build.ts gives Astro this module as a log destination beside its terminal one.
 *
 * Astro loads a destination by its module path: when it starts, and again bundled into the code
 * that renders the pages. Every copy adds to one list in Astro's main thread, which the Astro step
 * reads; the prerender threads send what they log there (src/integrations/prerender-worker.ts).
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

const ALARMS = Symbol.for('space-diplomacy-archive.astro-alarms');

/** Astro's warnings and errors so far in this process, as `[WARN] [label] message`. */
export function astroAlarms(): string[] {
  const shared = globalThis as { [ALARMS]?: string[] };
  return (shared[ALARMS] ??= []);
}

/** The destination Astro creates from this module (`logger.entrypoint`). */
export default function alarmDestination(): AstroLoggerDestination {
  return {
    write({ level, label, message }: AstroLoggerMessage) {
      if (level !== 'warn' && level !== 'error') return;
      const prefix = [`[${level.toUpperCase()}]`, ...(label ? [`[${label}]`] : [])].join(' ');
      astroAlarms().push(`${prefix} ${stripVTControlCharacters(message).trim()}`);
    },
  };
}
