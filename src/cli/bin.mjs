#!/usr/bin/env node
// Launcher for the `lure-lens` command: runs the TypeScript CLI (src/cli/main.ts) through tsx,
// so the same engine sources serve the extension, the tests and the command line without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
