#!/usr/bin/env node
// Entry point: loads the TypeScript sources through tsx, so a fresh clone runs without a build step.
import { register } from 'tsx/esm/api';

register();
const { runMain } = await import('../src/cli/main.ts');
process.exitCode = await runMain(process.argv.slice(2));
