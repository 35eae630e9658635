/**
 * One build per output folder at a time, and one Astro step per project at a time (Astro writes
 * files of its own into the project's `.astro/`: src/cli/astro-build.ts). A lock is a listening IPC
 * endpoint named after a folder, which the kernel frees the moment its holder exits, however it
 * exits: a killed process has closed its sockets before it is even a zombie. So a lock is never
 * stale and never taken over, unlike a lock file whose holder has to be guessed from a process id.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a waiting build tries again. */
const RETRY_MS = 250;

/**
 * One name for every spelling of a folder's path, once its parent exists. The parent is resolved,
 * not the folder itself: an output folder is a link each build points elsewhere.
 */
export function canonicalFolder(folder: string): string {
  const absolute = path.resolve(folder);
  return path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
}

/** The endpoint for a folder (see `canonicalFolder`). */
export function lockAddress(folder: string): string {
  const name = `space-diplomacy-archive-build-${createHash('sha256').update(canonicalFolder(folder)).digest('hex').slice(0, 16)}`;
  // Linux: an abstract socket, which has no file (it is per network namespace: containers sharing a
  // checkout need to share the network namespace as well to exclude each other).
  if (process.platform === 'linux') return `\0${name}`;
  if (process.platform === 'win32') return `\\\\?\\pipe\\${name}`;
  // macOS and the other Unixes: a socket file, left behind by a killed holder (see `listen`).
  return path.join(os.tmpdir(), `${name}.sock`);
}

export interface BuildLock {
  release(): Promise<void>;
}

/**
 * Takes the lock for `folder`, waiting while another process holds it; `onWait` is called once,
 * when it first has to wait.
 */
export async function acquireBuildLock(folder: string, onWait?: () => void): Promise<BuildLock> {
  mkdirSync(path.dirname(path.resolve(folder)), { recursive: true });
  const address = lockAddress(folder);
  for (let waited = false; ; waited = true) {
    const server = await listen(address);
    if (server) return { release: () => new Promise((resolve) => server.close(() => resolve())) };
    if (!waited) onWait?.();
    await sleep(RETRY_MS);
  }
}

/** Listens on `address`: the server, or undefined when another process holds it. */
async function listen(address: string): Promise<net.Server | undefined> {
  // Connections (the socket-file check below) are closed at once: holding the address is all it does.
  const server = net.createServer((socket) => socket.destroy());
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ path: address, exclusive: true }, resolve);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    // A socket file outlives a killed holder: the only takeover, and only of a file nothing listens
    // on. Two builds that find it so at the same instant could both take it.
    if (!address.endsWith('.sock') || !(await refused(address))) return undefined;
    rmSync(address, { force: true });
    return listen(address);
  }
  // The lock never keeps the process alive.
  server.unref();
  return server;
}

/** Whether nothing listens on the socket file `address` any more. */
function refused(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' || error.code === 'ENOENT'),
    );
  });
}
