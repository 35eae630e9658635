/** Resident memory of a process and all its descendants, for the benchmark. */
import { readdir, readFile } from 'node:fs/promises';

/** Resident memory of `pid` and all its descendants, in bytes, from /proc (0 where there is none). */
export async function treeRss(pid: number): Promise<number> {
  const entries = await readdir('/proc').catch(() => []);
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        try {
          const status = await readFile(`/proc/${name}/status`, 'utf8');
          const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
          const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          parents.set(Number(name), ppid);
          rss.set(Number(name), kb * 1024);
        } catch {
          // The process ended while we looked.
        }
      }),
  );
  const inTree = (candidate: number): boolean => {
    for (let p: number | undefined = candidate; p !== undefined && p > 1; p = parents.get(p))
      if (p === pid) return true;
    return false;
  };
  let total = 0;
  for (const [candidate, bytes] of rss) if (inTree(candidate)) total += bytes;
  return total;
}

/** Samples the tree's memory every quarter second until `stop()`, which returns the peak in bytes. */
export function samplePeakRss(pid: number): { stop(): number } {
  let peak = 0;
  const sampler = setInterval(() => {
    void treeRss(pid).then((bytes) => (peak = Math.max(peak, bytes)));
  }, 250);
  return {
    stop() {
      clearInterval(sampler);
      return peak;
    },
  };
}
