// Entry of the worker threads of src/workers.ts (bundled as build/parse-worker.mjs).
import { parentPort } from 'node:worker_threads';
import { serve } from './workers.ts';

if (parentPort) serve(parentPort);
