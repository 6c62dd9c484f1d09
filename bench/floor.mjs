// The parse floor: every file the linter would look at, read and parsed on one thread with nothing
// else. YAML goes through `yaml` keeping positions (parseAllDocuments + LineCounter) and JSON through
// JSON.parse. The linter must beat it by skipping what it does not need, not by parsing faster.
//   node bench/floor.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

const EXT = /\.(ya?ml|json|template|tfstate)$/i;
let bytes = 0;
let files = 0;
const walk = (dir) => {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, ent.name);
    if (ent.isDirectory()) walk(abs);
    else if (EXT.test(ent.name)) {
      const text = readFileSync(abs, 'utf8');
      bytes += text.length;
      files++;
      if (/^\s*[{[]/.test(text)) JSON.parse(text);
      else parseAllDocuments(text, { lineCounter: new LineCounter() });
    }
  }
};
walk(process.argv[2]);
console.log(JSON.stringify({ files, bytes }));
