/** A copy of output-folders.ts on a thread of its own, so that it overlaps the build's other work. */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../pipeline/thread-priority.ts';
import { copySpare, prepareStaging, type OutputFolders } from './output-folders.ts';

const { task, folders, linkedFolders } = workerData as {
  task: 'prepare' | 'spare';
  folders: OutputFolders;
  linkedFolders: string[];
};
// The spare copy is for the next build: it gives way to the search index, which this one waits for,
// and fills the cores' idle moments between Pagefind's steps.
if (task === 'spare') lowerThreadPriority();
parentPort?.postMessage(
  task === 'prepare' ? prepareStaging(folders, linkedFolders) : copySpare(folders, linkedFolders),
);
