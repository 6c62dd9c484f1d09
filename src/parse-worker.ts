// Entry of the worker threads of src/workers.ts (bundled as build/parse-worker.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { serve } from './workers.ts';

if (parentPort && workerData) serve(parentPort, workerData);
