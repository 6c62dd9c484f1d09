// aws-auth sections read as go-yaml v2 reads them (found by the oracle, docs/oracle.md): aliases,
// scalar resolution, explicit tags, merge keys, and where go-yaml ends a document without an error.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { sniffSyntax } from '../src/detect.ts';
import { parseYaml } from '../src/parse/yaml.ts';
import { SourceFile } from '../src/source.ts';
import { known } from '../src/text.ts';

const ROLE = '- rolearn: arn:aws:iam::111122223333:role/a\n';
const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n${data}`;
/** The ConfigMap as JSON, so that `roles` reaches the section reader exactly as written. */
const withRoles = (roles: string) => JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: roles } });
const read = (text: string) => {
  const file = new SourceFile('f', text, sniffSyntax(text));
  const model = extractFile(file).after;
  return { file, model, section: model.awsAuth[0]?.sections[0] };
};
const username = (roles: string) => {
  const { model } = read(withRoles(roles));
  const m = model.identityMappings[0];
  return { username: known(m?.username), type: m?.keys.find((k) => k.key.toLowerCase() === 'username')?.type };
};

describe('undefined aliases', () => {
  it('lose the section, at the alias', () => {
    const { file, section, model } = read(cm(`  mapRoles: |\n    ${ROLE}      username: *a\n`));
    expect(section?.error?.message).toBe('mapRoles is not valid YAML: alias *a has no anchor &a before it');
    expect(file.range(...section!.error!.origin.offsets!).start).toEqual({ line: 9, column: 17 });
    expect(model.identityMappings).toEqual([]);
  });

  it('are a parse error of an outer file too', () => {
    const { model } = read(cm('  mapRoles: *roles\n'));
    expect(model.parseFailures.map((f) => f.message)).toEqual(['YAML syntax error: alias *roles has no anchor &roles before it']);
  });

  it('inside their own anchor lose a section, and stay null in an outer file', () => {
    expect(read(withRoles('- &a [*a]\n')).section?.error?.message).toMatch(/alias \*a is inside its own anchor/);
    const [outer] = parseYaml('a: &x [*x]\n');
    expect(outer.errors).toEqual([]);
  });
});

describe('plain scalars resolved as go-yaml v2 resolves them', () => {
  it.each(['0o17', '0O17', '0X1F', '0B11', '-0b11', '+0x1F', '1_0e1_0', '1__0', '08', '.5_0', '+.5', '18446744073709551616', '1e-400'])('%s is a number', (v) => {
    expect(username(`${ROLE}  username: ${v}\n`)).toEqual({ username: undefined, type: 'number' });
  });

  it.each(['e3', '.', '._5', '_1', '0x', '0b', '1e400', '0x1FFFFFFFFFFFFFFFFF', '12:30', '2001-01-01', '.Nan', 'yES'])('%s is a string', (v) => {
    expect(username(`${ROLE}  username: ${v}\n`)).toEqual({ username: v, type: 'string' });
  });

  it('leaves outer (YAML 1.2) files alone', () => {
    const [doc] = parseYaml('a: yes\nb: 0o17\nc: e3\nd: <<\n');
    expect(doc.root?.kind === 'map' && doc.root.entries.map((e) => e.value.kind === 'scalar' && e.value.value)).toEqual(['yes', 15, 'e3', '<<']);
  });
});

describe('explicit tags', () => {
  it.each([['!!bool x', '!!str `x` as a !!bool'], ['!!null x', '!!str `x` as a !!null'], ['!!int 1.5', '!!float `1.5` as a !!int'], ['!!float 1e400', '!!str `1e400` as a !!float'], ['!!timestamp 2001-13-01', '!!str `2001-13-01` as a !!timestamp']])('%s loses the section', (v, cannot) => {
    expect(read(withRoles(`${ROLE}  username: ${v}\n`)).section?.error?.message).toBe(`mapRoles is not valid YAML: cannot decode ${cannot}`);
  });

  it.each([['!!float 1', 'number'], ['!!int "12"', 'number'], ['!!null', 'null'], ['!!str 12', 'string'], ['! 12', 'string'], ['!custom 12', 'string'], ['!!timestamp 2001-01-01', 'string']])('%s is a %s', (v, type) => {
    expect(username(`${ROLE}  username: ${v}\n`).type).toBe(type);
  });

  it('!!binary is decoded, or loses the section when it is not base64', () => {
    expect(username(`${ROLE}  username: !!binary aGVsbG8=\n`).username).toBe('hello');
    expect(read(withRoles(`${ROLE}  username: !!binary aGVsbG8\n`)).section?.error?.message).toMatch(/invalid base64/);
  });
});

describe('merge keys', () => {
  it('merge in place: the merged keys override those before, the keys after override them', () => {
    expect(username(`${ROLE}  username: before\n  <<: {username: merged}\n`).username).toBe('merged');
    expect(username(`${ROLE}  <<: {username: merged}\n  username: after\n`).username).toBe('after');
    expect(username(`${ROLE}  !!merge <<: {username: merged}\n`).username).toBe('merged');
  });

  it('of a list, the first map wins; an alias to a map merges it', () => {
    expect(username(`${ROLE}  <<: [{username: first}, {username: second}]\n`).username).toBe('first');
    const { model } = read(withRoles(`- rolearn: arn:aws:iam::111122223333:role/base\n  x: &base {username: shared}\n${ROLE}  <<: *base\n`));
    expect(known(model.identityMappings[1].username)).toBe('shared');
  });

  it('point at the merged-from node', () => {
    const text = cm(`  mapRoles: |\n    ${ROLE}      <<: {username: merged}\n`);
    const { file, model } = read(text);
    const field = model.identityMappings[0].fields.username!;
    const [start] = field.doc.locateOffsets(field.pointer);
    expect(text.slice(start, start + 6)).toBe('merged');
    expect(file.position(start)).toEqual({ line: 9, column: 22 });
  });

  it('that merge no map lose the section; a quoted "<<" is a key', () => {
    expect(read(withRoles(`${ROLE}  <<: x\n`)).section?.error?.message).toBe('mapRoles is not valid YAML: map merge requires map or sequence of maps as the value');
    expect(read(withRoles(`${ROLE}  <<:\n`)).section?.error?.message).toMatch(/map merge requires/);
    const { model } = read(withRoles(`${ROLE}  "<<": {username: m}\n`));
    expect(model.identityMappings[0].keys.map((k) => k.key)).toEqual(['rolearn', '<<']);
  });
});

describe('where go-yaml ends the document', () => {
  const indented = '  - rolearn: arn:aws:iam::111122223333:role/node\n    groups: [system:nodes]\n- rolearn: arn:aws:iam::111122223333:role/dev\n';

  it('at a line less indented than the first: the entries before are read, the finding says where', () => {
    const { model, section, file } = read(withRoles(indented));
    expect(section?.error).toBeUndefined();
    expect(section?.endsEarly?.message).toBe('mapRoles: go-yaml ends the document at line 3 of the section, a line less indented than the first entry');
    expect(model.identityMappings.map((m) => known(m.arn))).toEqual(['arn:aws:iam::111122223333:role/node']);
    const [start] = section!.endsEarly!.origin.offsets!;
    expect(file.text.slice(start, start + 9)).toBe('- rolearn');
  });

  it('at a %YAML or %TAG line after content; an unknown directive is a syntax error', () => {
    const roles = (line: string) => `${ROLE}${line}\n- rolearn: arn:aws:iam::111122223333:role/b\n`;
    expect(read(withRoles(roles('%YAML 1.1'))).section?.endsEarly?.message).toMatch(/line 2 of the section, a "%YAML" directive line/);
    expect(read(withRoles(roles('%TAG !x! tag:x'))).model.identityMappings).toHaveLength(1);
    const unknown = read(withRoles(roles('%FOO bar')));
    expect(unknown.section?.error).toBeDefined();
    expect(unknown.section?.endsEarly).toBeUndefined();
  });

  it('ignores a tab after that line, but not a syntax error before it', () => {
    expect(read(withRoles(`${indented}-\t x\n`)).section?.endsEarly).toBeDefined();
    expect(read(withRoles(`  - rolearn: [a\n${indented}`)).section?.error).toBeDefined();
  });

  it('"..." before any content loses the section', () => {
    expect(read(withRoles(`# roles\n...\n${ROLE}`)).section?.error?.message).toMatch(/starts with a "\.\.\." document end marker/);
    expect(read(withRoles(`${ROLE}...\n- rolearn: b\n`)).model.identityMappings).toHaveLength(1);
  });
});

describe('quoted scalars go-yaml reads on over less indented lines', () => {
  it('join the lines, as go-yaml does, and keep the other entries', () => {
    expect(username(`${ROLE}  username: "x\ny"\n`).username).toBe('x y');
    expect(username(`${ROLE}  username: 'it''s\n  a'\n  groups: [a]\n`).username).toBe("it's a");
    expect(username(`${ROLE}  username: "x\\\ny"\n`).username).toBe('xy');
    const { model } = read(withRoles(`${ROLE}  username: "x\ny"\n- rolearn: arn:aws:iam::111122223333:role/b\n  username: "p\nq"\n`));
    expect(model.identityMappings.map((m) => known(m.username))).toEqual(['x y', 'p q']);
  });

  it('point into the text as written', () => {
    const text = withRoles(`${ROLE}  username: "x\ny"\n  groups: [a, *b]\n`);
    const { file, section } = read(text);
    const [start] = section!.error!.origin.offsets!;
    expect(file.text.slice(start, start + 2)).toBe('*b');
  });

  it('still lose the section at a "---" line inside them', () => {
    expect(read(withRoles(`${ROLE}  username: "x\n---\ny"\n`)).section?.error).toBeDefined();
  });
});

describe('flow collections go-yaml rejects', () => {
  it.each([
    ['a plain scalar ends at "{"', '[system:node:{{EC2PrivateDNSName}}]', "did not find expected ',' or ']'"],
    ['in a flow mapping', '{a: b?}', "did not find expected ',' or '}'"],
    ['a plain scalar ends at "?"', '[a?b]', "did not find expected ',' or ']'"],
    ['a tag takes in "]"', '[!bang]', "did not find expected ',' or ']'"],
    ['an alias name ends at a quote', '[*a"]', 'did not find expected alphabetic or numeric character'],
    ['a tag wants a blank after it', '[!x"y"]', 'did not find expected whitespace or line break'],
  ])('%s: %s', (_, flow, message) => {
    expect(read(withRoles(`${ROLE}  groups: ${flow}\n`)).section?.error?.message).toBe(`mapRoles is not valid YAML: ${message}`);
  });

  it('accepts what go-yaml accepts', () => {
    const { model, section } = read(withRoles(`${ROLE}  groups: [a, "b", {c: d}, [e], &x f, *x, ? g : h, i: j, k:l, !!str m, p,  # c\n   o]\n`));
    expect(section?.error).toBeUndefined();
    expect(model.identityMappings[0].groups.map((g) => known(g))).toEqual(['a', 'b', undefined, undefined, 'f', 'f', undefined, undefined, 'k:l', 'm', 'p', 'o']);
  });

  it('leaves outer (YAML 1.2) files alone', () => {
    const [doc] = parseYaml('a: [system:node:{{x}}]\n');
    expect(doc.errors).toEqual([]);
  });
});

describe('flow collections go-yaml reads into another tree', () => {
  const groups = (flow: string) => read(withRoles(`${ROLE}  groups: ${flow}\n`)).model.identityMappings[0]?.groups.map((g) => known(g));
  const accounts = (text: string) => {
    const { model, section } = read(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapAccounts: text } }));
    return { error: section?.error?.message, accounts: model.identityMappings.map((m) => known(m.arn)) };
  };

  it('a tag takes in "," "[" "]": it is the tag of the next node', () => {
    expect(groups('[a, !x, b]')).toEqual(['a', 'b']);
    expect(groups('[a, !x,b, c]')).toEqual(['a', 'c']);
    expect(groups('[a, !x,  b, !y], c]')).toEqual(['a', 'b', 'c']);
    expect(groups('[a, !x[ b]')).toEqual(['a', 'b']);
    expect(groups('[a, !!str, b]')).toEqual(['a', 'b']);
    expect(groups('[a, !x,\n    b]')).toEqual(['a', 'b']);
    // A tag that ends before them, and a verbatim tag, are as before.
    expect(groups('[a, !x , b]')).toEqual(['a', '', 'b']);
    expect(groups('[a, !<x,y> b]')).toEqual(['a', 'b']);
  });

  it('"?" is the key indicator: "?q" is a mapping {q: null}', () => {
    expect(accounts('[111122223333, ?q]').accounts).toEqual(['111122223333', undefined]);
    expect(groups('[?q, b]')).toEqual([undefined, 'b']);
    expect(groups('[?"q", b]')).toEqual([undefined, 'b']);
    expect(known(read(withRoles(`- {rolearn: arn:aws:iam::111122223333:role/a, ?username: u}\n`)).model.identityMappings[0]?.username)).toBe('u');
  });

  it('"?" with no key in a sequence: go-yaml skips the next token', () => {
    expect(accounts('[?, 1]').error).toBe("mapAccounts is not valid YAML: did not find expected ',' or ']'");
    expect(accounts('[?]').error).toBeDefined();
    expect(accounts('[? :, 1]')).toEqual({ error: undefined, accounts: [undefined, '1'] });
  });

  it('point into the text as written', () => {
    const text = cm(`  mapRoles: |\n    ${ROLE}      groups: [?q, !x, b, !y]\n        , c]\n      username: u\n`);
    const { file, model } = read(text);
    const m = model.identityMappings[0];
    // `!y]` is the tag of an empty node ("") at the end of the line.
    expect(m.groups.map((g) => known(g))).toEqual([undefined, 'b', '', 'c']);
    for (const [i, value, line, column] of [[1, 'b', 9, 24], [3, 'c', 10, 11]] as const) {
      const [start, end] = m.fields.groups!.doc.locateOffsets(`${m.fields.groups!.pointer}/${i}`);
      expect(text.slice(start, end)).toBe(value);
      expect(file.position(start)).toEqual({ line, column });
    }
    const [start] = m.fields.username!.doc.locateOffsets(m.fields.username!.pointer);
    expect(text.slice(start, start + 1)).toBe('u');
    const error = read(cm(`  mapRoles: |\n    ${ROLE}      groups: [?q, !x, b, *z]\n`));
    const [at, end] = error.section!.error!.origin.offsets!;
    expect(error.file.text.slice(at, end)).toBe('*z');
  });

  it('leaves outer (YAML 1.2) files alone', () => {
    const [doc] = parseYaml('a: [?q, b]\n');
    expect(doc.root?.kind === 'map' && doc.root.entries[0].value.kind === 'seq' && doc.root.entries[0].value.items.map((n) => n.kind === 'scalar' && n.value)).toEqual(['?q', 'b']);
    const [tagged] = parseYaml('a: [x, !Ref, b]\n');
    expect(tagged.root?.kind === 'map' && tagged.root.entries[0].value.kind === 'seq' && tagged.root.entries[0].value.items.length).toBe(3);
  });
});

describe('null keys', () => {
  it('lose the section where they reach the JSON step', () => {
    expect(read(withRoles(`${ROLE}  groups: [b]\n  groups: [{~: 1}]\n`)).section?.error?.message).toBe('mapRoles has a null key (`~:` or `null:`), which JSON cannot hold');
    expect(read(withRoles(`${ROLE}  x: &n {~: 1}\n  x: 2\n  y: *n\n`)).section?.error?.message).toMatch(/null key/);
    expect(read(withRoles(`${ROLE}  ~: 1\n  <<: {~: 2}\n`)).section?.error?.message).toMatch(/null key/);
  });

  it('do not, in a value that a later key or `<<` replaces (go-yaml keeps the last value of a key)', () => {
    const merged = read(withRoles(`${ROLE}  groups:\n    - eks:x\n    - ~ :\n  <<: [{groups: [system:masters]}]\n`));
    expect(merged.section?.error).toBeUndefined();
    expect(merged.model.identityMappings[0].groups.map(known)).toEqual(['system:masters']);
    expect(read(withRoles(`${ROLE}  groups: [{~: 1}]\n  groups: [b]\n`)).section?.error).toBeUndefined();
    expect(read(withRoles(`${ROLE}  x: &n {~: 1}\n  x: 2\n`)).section?.error).toBeUndefined();
    // A quoted "null" is a string key.
    expect(read(withRoles(`${ROLE}  "null": 1\n`)).section?.error).toBeUndefined();
  });

  it('a mapping as a key loses the section even where it is replaced (go-yaml fails while decoding)', () => {
    expect(read(withRoles(`${ROLE}  username: {{x}}\n  username: b\n`)).section?.error?.message).toMatch(/unquoted value starting with "\{"/);
  });
});

describe('directives before the document', () => {
  const accounts = (text: string) => {
    const { model, section } = read(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapAccounts: text } }));
    return { error: section?.error?.message, accounts: model.identityMappings.map((m) => known(m.arn)) };
  };

  it.each([
    ['%pc', 'found unknown directive name'],
    ['%pc\r\n', 'found unknown directive name'],
    ['# c\n%yaml 1.1\n---\n- "1"\n', 'found unknown directive name'],
    ['%\n', 'could not find expected directive name'],
    ['%pc!\n', 'found unexpected non-alphabetical character'],
    ['%YAML 1.2\n---\n- "1"\n', 'found incompatible YAML document'],
    ['%YAML 1.1\n%YAML 1.1\n---\n- "1"\n', 'found duplicate %YAML directive'],
    ['%TAG !a! x\n%TAG !a! y\n---\n- "1"\n', 'found duplicate %TAG directive'],
    ['%YAML 001.1\n---\n- "1"\n', 'did not find expected version number'],
    ['%TAG !a x\n---\n- "1"\n', 'did not find expected tag handle'],
    ['%TAG !a! x%E2%82\n---\n- "1"\n', 'did not find expected tag handle'],
  ])('%j loses the section (go-yaml: %s)', (text, error) => {
    const r = accounts(text);
    expect(r.error).toContain(`mapAccounts has the directive "${text.replace(/^# c\n/, '').split(/[ \t\r\n]/)[0]}", which go-yaml rejects`);
    expect(r.error).toContain(error);
    expect(r.accounts).toEqual([]);
  });

  it('with no "---" after them lose the section, in any section', () => {
    expect(accounts('%YAML 1.1\n').error).toBe('mapAccounts has a directive and no document after it (go-yaml: "did not find expected <document start>")');
    expect(read(withRoles('%TAG !a! x\n# c\n')).section?.error?.message).toMatch(/did not find expected <document start>/);
    expect(read(withRoles('%pc\n')).section?.error?.message).toMatch(/found unknown directive name/);
  });

  it('well formed, then "---", are read', () => {
    for (const text of ['%YAML 1.1\n---\n- "1"\n', '%YAML 01.01 # c\n%TAG ! x\n%TAG !a! tag:x,2000:%E2%82%AC\n\n---\n- "1"\n', '%TAG !! x\n---\n- "1"\n', '\n%YAML\t1.1\r\n---\r\n- "1"\r\n']) {
      expect(accounts(text)).toEqual({ error: undefined, accounts: ['1'] });
    }
    expect(accounts('%YAML 1.1\n---')).toEqual({ error: undefined, accounts: [] });
  });

  it('after a document end are not read', () => {
    expect(accounts('- "1"\n...\n%pc\n')).toEqual({ error: undefined, accounts: ['1'] });
  });
});
