import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's priority (raises its nice value), so that work nothing waits for yet
 * gives way to the work the build waits for. Linux sets a thread's priority by its own id;
 * elsewhere the thread keeps the normal priority.
 */
export function lowerThreadPriority(niceness = 10): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').at(-1)), niceness);
  } catch {
    // Not Linux: no per-thread priority to set.
  }
}
