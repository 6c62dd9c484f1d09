// Rejection speed of the content sniffing (src/detect.ts) on files with nothing about EKS access:
// the texts in memory (the sniff alone) and read from disk by src/read.ts (what a run pays per file,
// less the walk: most files are turned away on their bytes, undecoded).
//   node --import tsx bench/sniff.ts <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBinary, isTemplate, mayHoldEksAccess } from '../src/detect.ts';
import { readSource } from '../src/read.ts';

const dir = process.argv[2];
const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f)).filter((f) => /\.(ya?ml|json)$/.test(f));
const decode = (b: Buffer) => new TextDecoder('utf-8', { fatal: false }).decode(b);
const rejected = (t: string) => isBinary(t) || !mayHoldEksAccess(t) || isTemplate(t);
const texts = files.map((f) => decode(readFileSync(f)));
const mb = texts.reduce((a, t) => a + t.length, 0) / 1048576;
const best = (fn: () => void) => Math.min(...[0, 1, 2, 3, 4].map(() => ((t) => (fn(), performance.now() - t))(performance.now())));
let kept = 0;
const sniffMs = best(() => { kept = texts.filter((t) => !rejected(t)).length; });
const readMs = best(() => { for (const f of files) readSource(f); });
console.log(JSON.stringify({ files: files.length, MB: mb, kept, sniffMBps: mb / (sniffMs / 1000), readAndSniffMBps: mb / (readMs / 1000) }));
