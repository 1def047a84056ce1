// A worker thread running a TypeScript module of the project (workerData.module, a file URL):
// loads the sources through tsx first, as bin/ does for the main thread.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
