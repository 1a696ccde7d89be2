#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx's loader, so no build step stands between a
// fresh clone and a working command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv);
