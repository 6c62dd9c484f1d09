// esbuild options of the GitHub Action's entry: one self-contained ESM file, dist/action.mjs, committed
// (the runner runs it as checked out, with no npm install). Shared by scripts/build.mjs --action and the
// test that rebuilds it to a temporary folder to prove dist/ is not stale.
import { join } from 'node:path';

export function actionBuildOptions(root, outdir) {
  return {
    entryPoints: { action: join(root, 'src/action.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: root, // paths in the bundle's comments are relative to it: the same bytes on every machine
    bundle: true,
    splitting: false,
    platform: 'node',
    target: 'node20', // runs on the runner's node24 too
    format: 'esm',
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
    legalComments: 'none',
  };
}
