/** Worker threads that run the project's TypeScript modules (tsx is registered per thread). */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** Starts a thread running `module` (a URL of a .ts file); `data` reaches it as workerData beside `module`. */
export function startTsThread(module: URL, data: Record<string, unknown>, resourceLimits?: ResourceLimits): Worker {
  return new Worker(new URL('./_ts-thread.js', import.meta.url), { workerData: { ...data, module: module.href }, resourceLimits });
}
