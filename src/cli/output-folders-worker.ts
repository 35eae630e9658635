/** `prepareStaging` of output-folders.ts on a thread of its own, so that it overlaps the content check. */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareStaging, type OutputFolders } from './output-folders.ts';

const { folders, linkedFolders } = workerData as { folders: OutputFolders; linkedFolders: string[] };
parentPort?.postMessage(prepareStaging(folders, linkedFolders));
