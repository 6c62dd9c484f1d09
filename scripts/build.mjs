// Build: precompile the config schema (ajv standalone: no compile at start-up), then bundle the CLI
// and the API into ESM files under build/ (esbuild; formatters load lazily as separate chunks).
// `--action [--outdir <dir>]` bundles only the GitHub Action's entry, into dist/ (committed) or <dir>.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { actionBuildOptions } from './action-build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas/config.schema.json'), 'utf8'));
const ajv = new Ajv({ code: { source: true }, allErrors: true, strict: true });
mkdirSync(join(root, 'src/generated'), { recursive: true });
writeFileSync(join(root, 'src/generated/config-validate.cjs'), standalone(ajv, ajv.compile(schema)));
writeFileSync(join(root, 'src/generated/config-validate.d.cts'), 'declare const validate: (data: unknown) => boolean;\nexport = validate;\n');

const args = process.argv.slice(2);
if (args.includes('--action')) {
  const outdir = args.includes('--outdir') ? args[args.indexOf('--outdir') + 1] : join(root, 'dist');
  await build(actionBuildOptions(root, outdir));
  process.exit(0);
}

rmSync(join(root, 'build'), { recursive: true, force: true });
await build({
  // parse-worker: the worker threads' entry (src/parse-worker.ts), loaded only by large runs.
  entryPoints: { cli: join(root, 'src/cli.ts'), index: join(root, 'src/index.ts'), 'parse-worker': join(root, 'src/parse-worker.ts') },
  outdir: join(root, 'build'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
