#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx's loader, so no build step stands between a
// fresh clone and a working command.
import { register } from 'tsx/esm/api';

// The SDK warns on every run under Node.js 20 that its 2027 releases need Node.js 22; the README says so
// once, and a command's stderr is for what the command has to say.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv);
