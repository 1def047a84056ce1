/** The workers stage: a job queue in the store's PostgreSQL database that several `poachwatch worker` processes share. */
export { openJobQueue, type JobQueue, type OpenJobQueueOptions } from './open-job-queue.ts';
export { enqueueInputs, type EnqueueOptions, type EnqueueReport } from './enqueue-inputs.ts';
export { runWorker, type WorkerEvent, type WorkerOptions, type WorkerReport } from './run-worker.ts';
export { countJobs, listDeadLetters, retryDeadLetters, JOB_STATES, type DeadLetter, type JobState, type QueueCounts } from './inspect-jobs.ts';
export { DEFAULT_RETRY, JOB_SCHEMA, QUEUES, type IngestJobData, type IngestJobOptions, type RetryPolicy } from './queues.ts';
