// A worker thread of extract-in-threads.ts: loads the TypeScript sources through tsx, as bin/ does.
import { register } from 'tsx/esm/api';

register();
await import('./_extract-thread-main.ts');
