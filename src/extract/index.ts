// Parse one SourceFile and hand each document to the extractor that recognises it.
import { emptyModel, type Extracted, type Model } from '../model.ts';
import { parseJson } from '../parse/json.ts';
import type { ParseError } from '../parse/types.ts';
import { parseYaml } from '../parse/yaml.ts';
import { SourceDoc, type DocNode, type SourceFile } from '../source.ts';
import { extractAwsAuth, isKubernetesManifest } from './aws-auth.ts';
import { extractCloudFormation, isCloudFormation } from './cloudformation.ts';
import { extractEksctl, isEksctlConfig } from './eksctl.ts';
import { extractTerraform, isTerraformJson } from './terraform.ts';

export function extractFile(file: SourceFile): Extracted {
  try {
    return parseAndExtract(file);
  } catch (e) {
    // Only pathological input gets here (nesting deep enough to exhaust the stack): one finding.
    if (!(e instanceof RangeError)) throw e;
    const out: Extracted = { after: emptyModel() };
    const doc = new SourceDoc(file, undefined);
    fail(out.after, doc, { message: 'nested too deeply to read', offset: 0, end: 0 });
    return out;
  }
}

function parseAndExtract(file: SourceFile): Extracted {
  file.docs.length = 0;
  const out: Extracted = { after: emptyModel() };
  if (file.syntax === 'json') {
    const { root, errors } = parseJson(file.text);
    const doc = new SourceDoc(file, root);
    file.docs.push(doc);
    if (errors.length > 0) fail(out.after, doc, errors[0]);
    else extractDoc(doc, out);
    return out;
  }
  const parsed = parseYaml(file.text);
  let failed = false;
  parsed.forEach((p, index) => {
    const doc = new SourceDoc(file, p.root, '', index);
    file.docs.push(doc);
    // One parse error per file; documents that parsed cleanly are still read.
    if (p.errors.length > 0) {
      if (!failed) fail(out.after, doc, p.errors[0]);
      failed = true;
    } else extractDoc(doc, out);
  });
  return out;
}

function extractDoc(doc: SourceDoc, out: Extracted): void {
  const root: DocNode | undefined = doc.root;
  if (isCloudFormation(root)) extractCloudFormation(doc, out.after);
  else if (isTerraformJson(root)) extractTerraform(doc, out);
  else if (isEksctlConfig(root)) extractEksctl(doc, out.after);
  else if (isKubernetesManifest(root)) extractAwsAuth(doc, out.after);
}

function fail(model: Model, doc: SourceDoc, e: ParseError): void {
  model.parseFailures.push({
    kind: 'parse-failure', message: `${doc.file.syntax === 'json' ? 'JSON' : 'YAML'} syntax error: ${e.message}`,
    origin: { doc, pointer: '', offsets: [e.offset, Math.max(e.end, e.offset)] }, fields: {},
  });
}
