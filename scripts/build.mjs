// Build: precompile the config schema (ajv standalone: no compile at start-up), then bundle the API
// (build/index.mjs, ESM) and the CLI (build/cli.mjs) under build/ with esbuild.
// `--action [--outdir <dir>]` bundles only the GitHub Action's entry, into dist/ (committed) or <dir>.
//
// The CLI starts fast (issue 6: a pre-commit run is mostly start-up): its program is one CommonJS
// bundle, build/cli.bundle.js, wrapped in a function, and build/cli.mjs runs it through `vm.Script`
// with a V8 code cache, build/cli.bundle.cache, made here by a training run on three fixtures. V8
// then neither parses nor compiles the bundle, nor the functions a usual run calls (~35 ms saved on
// one file). Without the cache file, with one made by another build, or one V8 rejects (another
// Node.js, other V8 flags), the bundle is compiled as usual: about as fast as the ESM bundle it
// replaced, same behaviour. Nothing is written at run time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

// `--outdir <dir>`: build the CLI and the API there instead (to compare builds side by side).
const outdir = args.includes('--outdir') ? resolve(args[args.indexOf('--outdir') + 1]) : join(root, 'build');
rmSync(outdir, { recursive: true, force: true });
const common = {
  absWorkingDir: root, // the same bytes whatever the working folder (the cache's tag hashes them)
  bundle: true,
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  legalComments: 'none',
};

// The API, and the worker threads' entry (src/parse-worker.ts, loaded only by large runs: the CLI's
// import.meta.url is build/cli.mjs, so src/workers.ts finds build/parse-worker.mjs beside it).
await build({
  ...common,
  entryPoints: { index: join(root, 'src/index.ts'), 'parse-worker': join(root, 'src/parse-worker.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

// string-width (eslint-formatter-pretty's) builds an Intl.Segmenter (10-20 ms of ICU set-up) and
// the regular expression /^\p{RGI_Emoji}$/v (about 15 ms) when it loads, though it uses them only
// for text that is not printable ASCII. Build each on first use instead (the regex is only .test()ed,
// and has no g flag: no state).
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (a) => {
      let text = readFileSync(a.path, 'utf8');
      const lazy = [
        ['const segmenter = new Intl.Segmenter();', 'let segmenter_;\nconst segmenter = { segment: (s) => (segmenter_ ??= new Intl.Segmenter()).segment(s) };'],
        ['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', "let rgiEmojiRegex_;\nconst rgiEmojiRegex = { test: (s) => (rgiEmojiRegex_ ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s) };"],
      ];
      // Another version of string-width: what is not found is bundled as it is.
      for (const [eager, instead] of lazy) if (text.includes(eager)) text = text.replace(eager, () => instead);
      return { contents: text, loader: 'js' };
    });
  },
};

// eslint-rule-docs (also eslint-formatter-pretty's) builds a 200 KB object of every ESLint plugin's
// docs when it loads; the formatter asks it only for rules without a docs URL, and ours all have one.
// Build it on first use instead.
const lazyRuleDocs = {
  name: 'lazy-rule-docs',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]eslint-rule-docs[\\/]index\.js$/ }, (a) => {
      const text = readFileSync(a.path, 'utf8');
      const eager = "const plugins = require('./plugins.json');";
      const fn = 'module.exports = function(ruleKey) {';
      if (!text.includes(eager) || !text.includes(fn)) return undefined; // another version: bundled as it is
      return { contents: text.replace(eager, '').replace(fn, () => `${fn}\n  ${eager}`), loader: 'js' };
    });
  },
};

// The CLI: CommonJS (a vm.Script takes no ESM), everything in one file, formatters included (their
// code runs only when loaded). import.meta.url stands for build/cli.mjs's, passed in by the loader.
// Minified: V8 reads a third less, and the cache is smaller. Names are not kept (keepNames costs
// ~10 ms at start-up); they appear only in the stacks EKS_ACCESS_LINT_DEBUG prints.
const cli = await build({
  ...common,
  entryPoints: [join(root, 'src/cli.ts')],
  write: false,
  format: 'cjs',
  minify: !process.env.EAL_NOMIN,
  define: { 'import.meta.url': '__eal_import_meta_url' },
  plugins: [lazyStringWidth, lazyRuleDocs],
});
const body = cli.outputFiles[0].text.replace(/^#!/, '//');
// On the wrapper's line, so that stack traces keep the bundle's line numbers.
const source = `(function (exports, require, module, __filename, __dirname, __eal_import_meta_url) {${body}\n})`;
writeFileSync(join(outdir, 'cli.bundle.js'), source);
// esbuild escapes non-ASCII text in code; when no comment it keeps has any either, the loader reads
// the bundle as latin1, which is the same string without UTF-8 decoding.
const encoding = /[^\x00-\x7f]/.test(source) ? 'utf8' : 'latin1';
// The cache file starts with this tag, and the loader uses only a cache with its own bundle's tag
// (V8 itself checks only the source's length, its own version and its flags).
const tag = createHash('sha256').update(source).digest('hex').slice(0, 32);
const version = /VERSION = '([^']+)'/.exec(readFileSync(join(root, 'src/version.ts'), 'utf8'))?.[1];
if (!version) throw new Error('src/version.ts: no VERSION');

/** build/cli.mjs; `train`: the build's variant, which writes the cache when the run ends. */
const loader = (train) => `#!/usr/bin/env node
// eks-access-lint's CLI. Runs cli.bundle.js (the program) through the V8 code cache cli.bundle.cache
// that scripts/build.mjs made: no parse or compile of the bundle at start-up. Without a usable cache
// (absent, from another build, rejected by V8: another Node.js, other V8 flags), the bundle is
// compiled as usual. No static import: the ESM wrappers of builtins cost more than these look-ups.
${train ? '' : `const args = process.argv.slice(2);
// What src/cli.ts does with these alone, without loading it.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) process.stdout.write('${version}\\n');
else {
`}const { readFileSync${train ? ', writeFileSync' : ''} } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { dirname } = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const vm = process.getBuiltinModule('node:vm');
const url = ${train ? 'process.env.EAL_TRAIN_URL' : 'import.meta.url'};
const file = fileURLToPath(new URL('./cli.bundle.js', url));
const TAG = '${tag}';
let cachedData;
${train ? '' : `try {
  const cache = readFileSync(file.slice(0, -3) + '.cache');
  if (cache.length > TAG.length && cache.toString('latin1', 0, TAG.length) === TAG) cachedData = cache.subarray(TAG.length);
} catch {}
`}const script = new vm.Script(readFileSync(file, '${encoding}'), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
${train
  ? "process.once('exit', () => writeFileSync(process.env.EAL_TRAIN_OUT, Buffer.concat([Buffer.from(TAG, 'latin1'), script.createCachedData()])));"
  : "if (process.env.EKS_ACCESS_LINT_DEBUG) process.stderr.write(`eks-access-lint: code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\\n`);"}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), url);
${train ? '' : '}\n'}`;
writeFileSync(join(outdir, 'cli.mjs'), loader(false));
chmodSync(join(outdir, 'cli.mjs'), 0o755);

// Training: one run of the CLI, in a process of its own with no extra flags, on an aws-auth
// ConfigMap, a CloudFormation template and a Terraform file with findings, in the default format,
// as a pre-commit run would; then the cache of the bundle and of every function that run compiled.
// (Training on all of fixtures/ makes a cache a fifth larger, which every start pays to read.)
const TRAINING = ['--fail-on', 'never', 'fixtures/aws-auth/aws-auth.yaml', 'fixtures/cloudformation/eks-access.yaml', 'fixtures/terraform/platform.tf.json'];
const tmp = mkdtempSync(join(tmpdir(), 'eal-build-'));
try {
  writeFileSync(join(tmp, 'train.mjs'), loader(true));
  const cacheFile = join(outdir, 'cli.bundle.cache');
  const run = spawnSync(process.execPath, [join(tmp, 'train.mjs'), ...TRAINING], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', EAL_TRAIN_URL: pathToFileURL(join(outdir, 'cli.mjs')).href, EAL_TRAIN_OUT: cacheFile },
  });
  if (run.status !== 0) throw new Error(`the training run for the CLI's code cache failed (exit ${run.status}):\n${run.stderr}`);
  if (!existsSync(cacheFile)) throw new Error("the training run for the CLI's code cache wrote no cache");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
