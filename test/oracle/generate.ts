// Seeded generator of aws-auth ConfigMap data maps for the differential test: valid sections, subtly
// broken ones, and the YAML 1.1 traps the authenticator's go-yaml v2 reads differently from YAML 1.2.
// Deterministic: the same seed gives the same maps, so a disagreement is reproducible by its index.

export type DataMap = Record<string, string>;

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and good enough to spread cases. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

const ACCOUNTS = ['111122223333', '012345678901', '999999999999'];
const NAMES = ['node', 'admin', 'dev', 'KubeAdmin', 'ci-deployer', 'x'];

// Scalars that are not plain strings in YAML 1.1, or that YAML 1.1 and 1.2 disagree on.
const TRAPS = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'True', 'FALSE', '~', 'null', 'Null', '012', '0x1F', '0o17', '0b101',
  '1_000', '1e3', '1.5', '.inf', '-.Inf', '.NaN', '190:20:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '12345',
  '-0', '+12', '0.', '<<', '=', '0X1F', '0B11', '0O17', '1_0e1_0', 'e3', '.', '.nan', '-.inf',
];
// Plain strings with characters that matter to YAML.
const ODD_STRINGS = [
  'system:masters', 'a b', 'a#b', 'a #b', "it's", 'x:y', 'eks:admin', '@at', '%pc', '`tick', 'a,b', 'ünïcode', 'a\\b',
  'system:node:{{EC2PrivateDNSName}}', 'arn:aws:sts::111122223333:assumed-role/x/{{SessionName}}', '-dash', '?q', '!bang', '*star', '&amp',
];

function arn(r: Rng, kind: 'role' | 'user'): string {
  const acct = r.pick(ACCOUNTS);
  const name = r.pick(NAMES);
  switch (r.int(8)) {
    case 0: return `arn:aws:iam::${acct}:${kind}/team/${name}`;
    case 1: return `arn:aws-cn:iam::${acct}:${kind}/${name}`;
    case 2: return `arn:aws:sts::${acct}:assumed-role/${name}/s`;
    case 3: return r.pick(['arn:iam:matlan', 'not-an-arn', `${acct}`]);
    default: return `arn:aws:iam::${acct}:${kind}/${name}`;
  }
}

/** A scalar as it is written: plain, quoted, a trap, or something that is not a scalar at all. */
function scalar(r: Rng, plain: string): string {
  const k = r.int(24);
  if (k < 12) return plain;
  if (k < 14) return `"${plain.replace(/[\\"]/g, (c) => '\\' + c)}"`;
  if (k < 15) return `'${plain.replace(/'/g, "''")}'`;
  if (k < 19) return r.pick(TRAPS);
  if (k < 21) return r.pick(ODD_STRINGS);
  return r.pick(['', '""', "''", '[a, b]', '{a: b}', '{{SessionName}}', '"{{SessionName}}"', '!!str 012', '!!float 1', '!!int 12', '!!bool x', '!!null x', '!custom x', '&a x', '*a', '|\n    block', '>-\n    folded', 'a: b', '- x']);
}

function username(r: Rng): string {
  const base = r.pick(['admin', 'system:node:{{EC2PrivateDNSName}}', '{{SessionName}}', 'dev:{{SessionName}}', 'ci', '{{AccountID}}:{{SessionNameRaw}}']);
  if (base.startsWith('{') && r.chance(0.5)) return base; // unquoted: a flow mapping in YAML
  return scalar(r, base.startsWith('{') ? `"${base}"` : base);
}

function groups(r: Rng, indent: string): string {
  const items = Array.from({ length: r.int(4) }, () => scalar(r, r.pick(['system:masters', 'system:bootstrappers', 'system:nodes', 'view', 'eks:x'])));
  switch (r.int(9)) {
    case 0: return ` [${items.join(', ')}]`;
    case 1: return ` ${items[0] ?? ''}`; // a scalar, not a list
    case 2: return ''; // null
    case 3: // one item indented one space too far: go-yaml folds it into the previous plain scalar
      return items.map((it, i) => `\n${indent}${i === 1 ? ' ' : ''}  - ${it}`).join('');
    case 4: return items.map((it) => `\n${indent}- ${it}`).join(''); // zero-indented sequence
    default: return items.map((it) => `\n${indent}  - ${it}`).join('');
  }
}

/** One key as written: canonical, odd case, a typo, or a case-fold look-alike. */
function key(r: Rng, k: string): string {
  const n = r.int(30);
  if (n < 22) return k;
  if (n < 25) return k.toUpperCase();
  if (n < 27) return [...k].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');
  if (n < 28) return k.replace('s', '\u017f'); // LATIN SMALL LETTER LONG S folds to "s" in Go
  if (n < 29) return k.slice(0, -1); // typo
  return `"${k}"`;
}

function entry(r: Rng, section: 'mapRoles' | 'mapUsers', indent = '  '): string[] {
  const lines: [string, string][] = [];
  const arnKey = section === 'mapRoles' ? 'rolearn' : 'userarn';
  if (section === 'mapRoles' && r.chance(0.05)) {
    const acct = r.pick([...ACCOUNTS, '1234', '']);
    const part = r.chance(0.3) ? `\n${indent}  partition: ${r.pick(['aws', 'aws-cn', 'aws-nk'])}` : '';
    lines.push(['sso', `\n${indent}  permissionSetName: ${r.pick(['ViewOnlyAccess', 'Admin*', 'a b'])}\n${indent}  accountID: "${acct}"${part}`]);
  }
  if (!r.chance(0.05)) lines.push([key(r, arnKey), ' ' + scalar(r, arn(r, section === 'mapRoles' ? 'role' : 'user'))]);
  if (!r.chance(0.1)) lines.push([key(r, 'username'), ' ' + username(r)]);
  if (!r.chance(0.15)) lines.push([key(r, 'groups'), groups(r, indent)]);
  if (r.chance(0.08)) lines.push([r.pick([arnKey, 'username', 'Username', 'USERARN', 'RoleArn']), ' ' + scalar(r, arn(r, 'role'))]); // duplicate
  if (r.chance(0.05)) lines.push([r.pick(['userid', 'foo', 'usernme', '1', 'yes', '~']), ' ' + scalar(r, 'x')]);
  if (r.chance(0.02)) lines.push(['<<', r.pick([' {username: merged}', ' [{groups: [system:masters]}]', ' {rolearn: m}'])]); // YAML 1.1 merge key
  if (r.chance(0.3)) shuffle(r, lines);
  return lines.map(([k, v], i) => `${i === 0 ? '- ' : indent}${k}:${v}`);
}

function shuffle<T>(r: Rng, xs: T[]): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
}

function listSection(r: Rng, section: 'mapRoles' | 'mapUsers'): string {
  const n = r.pick([0, 1, 1, 2, 3, 5]);
  let lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r.chance(0.03)) lines.push(r.pick(['-', '- ~', `- ${arn(r, 'role')}`, '- []', '- [a]']));
    else lines.push(...entry(r, section));
  }
  if (r.chance(0.3)) lines = breakLines(r, lines);
  const text = lines.join('\n') + (r.chance(0.8) ? '\n' : '');
  return frame(r, text);
}

/** The subtle breakage that happens when people hand-edit: one line off by a space, a tab, a stray key. */
function breakLines(r: Rng, lines: string[]): string[] {
  if (lines.length === 0) return lines;
  const out = [...lines];
  const i = r.int(out.length);
  switch (r.int(9)) {
    case 0: out[i] = ' ' + out[i]; break;
    case 1: out[i] = out[i].replace(/^ {2}/, ''); break;
    case 2: out[i] = out[i].replace(/^( *)/, '$1\t'); break;
    case 3: out[i] = out[i].replace(/^ {2}/, '\t'); break;
    case 4: out.splice(i, 0, r.pick(['# comment', '', '   ', '\t', '---', '...', '%YAML 1.1', 'key: value'])); break;
    case 5: out[i] = out[i].replace(/: /, ':'); break;
    case 6: out[i] = out[i] + r.pick([' # trailing', '  ', ' :', ' - x', '"', ']']); break;
    case 7: out.unshift('---'); break;
    default: return out.map((l) => '  ' + l); // the whole list indented
  }
  return out;
}

/** How the section text as a whole is dressed: line ends, leading space, odd Unicode spaces. */
function frame(r: Rng, text: string): string {
  switch (r.int(40)) {
    case 0: return text.replace(/\n/g, '\r\n');
    case 1: return '\n\n' + text;
    case 2: return '  ' + text;
    case 3: return '\u00a0' + text;
    case 4: return '\u0085' + text;
    case 5: return '\ufeff' + text;
    case 6: return text + '\n\n\n';
    default: return text;
  }
}

function jsonSection(r: Rng, section: 'mapRoles' | 'mapUsers'): string {
  const arnKey = section === 'mapRoles' ? 'rolearn' : 'userarn';
  const one = () => ({ [r.chance(0.8) ? arnKey : 'RoleARN']: arn(r, section === 'mapRoles' ? 'role' : 'user'), username: r.pick(['a', '{{SessionName}}', 'yes']), groups: r.chance(0.8) ? ['system:masters'] : 'x' });
  const items = Array.from({ length: 1 + r.int(3) }, one);
  switch (r.int(5)) {
    case 0: return JSON.stringify(items[0]); // an object: ToJSON passes it through, and it is not a list
    case 1: return ' ' + JSON.stringify(items, null, 2);
    case 2: return JSON.stringify(items).slice(0, -1); // truncated
    case 3: return `{${JSON.stringify(items)}`;
    default: return JSON.stringify(items);
  }
}

function accounts(r: Rng): string {
  const items = Array.from({ length: r.int(4) }, () => scalar(r, r.pick(ACCOUNTS)));
  switch (r.int(10)) {
    case 0: return items[0] ?? '111122223333'; // not a list
    case 1: return `[${items.join(', ')}]`;
    case 2: return items.map((a, i) => `${i === 1 ? ' ' : ''}- ${a}`).join('\n');
    case 3: return '- [a]\n- ' + r.pick(ACCOUNTS) + '\n';
    case 4: return frame(r, items.map((a) => `- ${a}`).join('\n') + '\n- \t' + r.pick(ACCOUNTS));
    default: return frame(r, items.map((a) => `- ${a}`).join('\n') + '\n');
  }
}

function sectionText(r: Rng, name: 'mapRoles' | 'mapUsers' | 'mapAccounts'): string {
  if (r.chance(0.04)) return r.pick(['', '  ', '""', "''", '``', ' "" ', '~', '#', '[]', '{}', '-', 'null', '\t']);
  if (name === 'mapAccounts') return accounts(r);
  if (r.chance(0.07)) return jsonSection(r, name);
  if (r.chance(0.04)) return entry(r, name).map((l) => l.replace(/^- /, '  ').replace(/^ {2}/, '')).join('\n'); // a mapping, not a list
  return listSection(r, name);
}

/** `count` data maps from `seed`. Each holds one to three sections, now and then a mis-cased key. */
export function generate(seed: number, count: number): DataMap[] {
  const r = rng(seed);
  const out: DataMap[] = [];
  for (let i = 0; i < count; i++) {
    const data: DataMap = {};
    for (const name of ['mapRoles', 'mapUsers', 'mapAccounts'] as const) {
      if (r.chance(name === 'mapAccounts' ? 0.35 : 0.7)) data[name] = sectionText(r, name);
    }
    if (r.chance(0.03)) data[r.pick(['maproles', 'MapRoles', 'mapusers'])] = '- rolearn: arn:aws:iam::111122223333:role/x\n';
    if (Object.keys(data).length === 0) data.mapRoles = listSection(r, 'mapRoles');
    out.push(data);
  }
  return out;
}
