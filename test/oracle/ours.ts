// Our reading of an aws-auth data map, in the oracle's shape: what survives of each section.
// The ConfigMap is written as JSON so that every data string reaches the section reader exactly.
import { extractFile } from '../../src/extract/index.ts';
import type { IdentityMapping } from '../../src/model.ts';
import { SourceFile, type DocNode } from '../../src/source.ts';
import { known } from '../../src/text.ts';
import type { DataMap } from './generate.ts';

export interface Entry {
  arn: string;
  username: string;
  groups: string[];
  sso?: boolean;
}
export interface Section {
  entries: Entry[];
  /** Ours: the section's error (`aws-auth/unparseable-section`); the oracle's: its error strings. */
  errors: string[];
  lost: boolean;
}
export type Reading = Record<string, Section>;

export function readOurs(data: DataMap): Reading {
  const text = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data });
  const model = extractFile(new SourceFile('aws-auth.json', text, 'json')).after;
  const out: Reading = {};
  for (const s of model.awsAuth[0]?.sections ?? []) {
    out[s.name] = { entries: [], errors: s.error ? [s.error.message] : [], lost: !!s.error };
  }
  for (const m of model.identityMappings) {
    const e = survivor(m);
    if (e) out[m.section].entries.push(e);
  }
  return out;
}

// The model keeps every entry, valid or not (rules may report the broken ones); the authenticator's
// Validate() then drops some. This repeats Validate() on our reading, so that the two compare.
function survivor(m: IdentityMapping): Entry | undefined {
  const arn = known(m.arn) ?? '';
  const groups = m.groups.map((g) => known(g) ?? '');
  const username = known(m.username) ?? '';
  // yaml.v2 into []string skips a list or mapping item (with an error) and keeps any scalar.
  if (m.section === 'mapAccounts') return m.keys[0]?.type === 'map' || m.keys[0]?.type === 'seq' ? undefined : { arn, username: '', groups: [] };
  if (m.section === 'mapUsers') return arn === '' ? undefined : { arn, username, groups };
  const sso = m.fields.sso ? m.fields.sso.doc.get(m.fields.sso.pointer) : undefined;
  const hasSso = !!sso && sso.kind === 'map';
  if ((arn === '') === !hasSso) return undefined; // one of rolearn or sso, not both
  if (hasSso && !validSso(sso)) return undefined;
  return hasSso ? { arn, username, groups, sso: true } : { arn, username, groups };
}

const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

function validSso(node: DocNode): boolean {
  if (node.kind !== 'map') return false;
  const field = (name: string) => {
    let v: string | undefined;
    for (const e of node.entries) if (e.key.toLowerCase() === name.toLowerCase() && e.value.kind === 'scalar' && typeof e.value.value === 'string') v = e.value.value;
    return v ?? '';
  };
  const partition = field('partition');
  return /^[0-9]{12}$/.test(field('accountID')) && /^[\w+=,.@-]{1,32}$/.test(field('permissionSetName')) && (partition === '' || PARTITIONS.includes(partition));
}
