// Entry of the worker thread that hosts a function: a worker starts without the parent's TypeScript loader,
// so it registers tsx before loading the TypeScript host (and, through it, the handler).
import { register } from 'tsx/esm/api';

register();
await import('./runLambdaWorker.ts');
