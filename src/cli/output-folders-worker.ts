/** A copy of output-folders.ts on a thread of its own, so that it overlaps the build's other work. */
import { parentPort, workerData } from 'node:worker_threads';
import { copySpare, prepareStaging, type OutputFolders } from './output-folders.ts';

const { task, folders, linkedFolders } = workerData as {
  task: 'prepare' | 'spare';
  folders: OutputFolders;
  linkedFolders: string[];
};
parentPort?.postMessage(
  task === 'prepare' ? prepareStaging(folders, linkedFolders) : copySpare(folders, linkedFolders),
);
