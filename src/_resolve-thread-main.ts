/**
 * The body of the resolution thread (resolve-in-thread.ts): opens the store at workerData.url,
 * brings its resolution up to date with the stored decisions, answers `{ moves }`, closes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildGazetteer, type OrgEntry } from './orgs/index.ts';
import { openStore } from './store/index.ts';

const { url, entries } = workerData as { url: string; entries: OrgEntry[] };
const store = await openStore(url);
try {
  const decisions = await store.curation.listDecisions();
  const report = await store.resolution.update({ gazetteer: buildGazetteer(entries), decisions });
  parentPort!.postMessage({ moves: report.moves });
} finally {
  await store.close();
}
