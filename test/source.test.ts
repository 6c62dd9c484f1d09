// Positions: locate() over YAML and JSON, embedded sections mapped back to the outer file.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { sniffSyntax } from '../src/detect.ts';
import { SourceDoc, SourceFile, joinPointer, type DocNode, type MapNode } from '../src/source.ts';

const file = (text: string, path = 'f') => {
  const f = new SourceFile(path, text, sniffSyntax(text));
  return { f, model: extractFile(f).after };
};
const at = (f: SourceFile, range: { start: { line: number; column: number }; end: { line: number; column: number } }) => {
  const lines = f.text.split(/\r?\n/);
  return lines[range.start.line - 1].slice(range.start.column - 1, range.end.line === range.start.line ? range.end.column - 1 : undefined);
};

const MANIFEST = `apiVersion: v1
kind: ConfigMap
metadata:
  name: aws-auth
  namespace: kube-system
data:
  mapRoles: |
    - rolearn: arn:aws:iam::111122223333:role/a
      username: alice

    - rolearn: arn:aws:iam::111122223333:role/b
      groups:
        - g1
        - g2
`;

describe('locate', () => {
  it('finds nodes by JSON pointer in YAML, keys included', () => {
    const { f } = file(MANIFEST);
    const doc = f.docs[0];
    expect(doc.locate('/metadata/namespace')).toEqual({ start: { line: 5, column: 14 }, end: { line: 5, column: 25 } });
    expect(at(f, doc.locate('/metadata/namespace', { key: true }))).toBe('namespace');
  });

  it('falls back to the first line of the nearest existing ancestor', () => {
    const { f } = file(MANIFEST);
    const r = f.docs[0].locate('/metadata/labels/app');
    expect(r.start).toEqual({ line: 4, column: 3 });
    expect(r.end.line).toBe(4);
  });

  it('maps positions inside a | block exactly, blank lines included', () => {
    const { f, model } = file(MANIFEST);
    const [a, b] = model.identityMappings;
    const inner = a.origin.doc;
    expect(at(f, inner.locate(a.fields.username!.pointer))).toBe('alice');
    expect(inner.locate(a.fields.username!.pointer).start).toEqual({ line: 9, column: 17 });
    expect(inner.locate(b.fields.groups!.pointer + '/1').start).toEqual({ line: 14, column: 11 });
    expect(inner.logicalPath('/1/groups/1')).toBe('aws-auth › mapRoles[1].groups[1]');
  });

  it('maps positions inside a JSON-escaped string per character', () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' }, data: { mapRoles: '- rolearn: arn:aws:iam::111122223333:role/a\n  username: "al\\"ice"\n' } }, null, 2);
    const { f, model } = file(text);
    const m = model.identityMappings[0];
    const r = m.origin.doc.locate(m.fields.username!.pointer);
    expect(f.text.split('\n')[r.start.line - 1].slice(r.start.column - 1)).toMatch(/^\\"al/);
  });

  it('falls back to the key for a quoted multi-line YAML string', () => {
    const text = MANIFEST.replace('  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/a\n      username: alice\n\n    - rolearn: arn:aws:iam::111122223333:role/b\n      groups:\n        - g1\n        - g2\n', '  mapRoles: "- rolearn: arn:aws:iam::111122223333:role/a\\n  username: alice\\n"\n');
    const { f, model } = file(text);
    const m = model.identityMappings[0];
    expect(at(f, m.origin.doc.locate(m.fields.username!.pointer))).toBe('mapRoles');
  });

  it('handles CRLF line ends and a BOM-free start', () => {
    const { f, model } = file(MANIFEST.replace(/\n/g, '\r\n'));
    const m = model.identityMappings[0];
    expect(m.origin.doc.locate(m.fields.username!.pointer).start).toEqual({ line: 9, column: 17 });
    expect(at(f, m.origin.doc.locate(m.fields.username!.pointer))).toBe('alice');
  });

  it('locates in JSON by pointer', () => {
    const { f } = file('{\n  "a": {\n    "b": [1, "two"]\n  }\n}\n');
    expect(f.docs[0].locate('/a/b/1')).toEqual({ start: { line: 3, column: 14 }, end: { line: 3, column: 19 } });
    expect(f.docs[0].logicalPath('/a/b/1')).toBe('a.b[1]');
  });
});

describe('a released file', () => {
  const text = 'a: 1\r\nbb: 2\r\n\r\nccc: 3';
  const released = (reload?: () => string | undefined) => {
    const f = new SourceFile('f', text, 'yaml');
    f.release(reload);
    return f;
  };

  it('locates by its line table exactly as by its text, CRLF line ends included', () => {
    const kept = new SourceFile('f', text, 'yaml');
    const f = released();
    for (let o = 0; o <= text.length + 2; o++) {
      expect(f.position(o)).toEqual(kept.position(o));
      expect(f.lineEnd(o)).toBe(kept.lineEnd(o));
    }
    expect(f.offset({ line: 4, column: 2 })).toBe(text.indexOf('ccc') + 1);
  });

  it('reads its text again for a fix, and gives none when the file is gone or changed', () => {
    expect(released(() => text).text).toBe(text);
    expect(released(() => undefined).text).toBe('');
    expect(released(() => text + '\n').text).toBe('');
    expect(released().text).toBe('');
  });
});

describe('packed trees', () => {
  const TEXT = `a: &x
  - 1
  - !Sub "s"
  - { k: v, k: w }
b: *x
c: ~
"1": yes
d: [true, 2.5, -0]
e: {}
`;
  /** Every pointer of a tree, with a few that go past its leaves. */
  const pointers = (node: DocNode, at = ''): string[] => {
    const kids = node.kind === 'map' ? node.entries.map((e) => [e.key, e.value] as const) : node.kind === 'seq' ? node.items.map((n, i) => [String(i), n] as const) : [];
    return [at, at + '/nope', at + '/0', ...kids.flatMap(([k, n]) => pointers(n, joinPointer(at, k)))];
  };

  it('reads as the tree it packs: nodes, aliases shared, positions, lookups, logical paths', () => {
    const { f } = file(TEXT);
    const original = f.docs[0];
    const root = original.root!;
    const plain = new SourceDoc(f, root);
    const packed = new SourceDoc(f, root);
    packed.keepPacked(root);
    // Read as consumers read: by property (a lookup's nodes build their children when read).
    const strip = (n: DocNode): unknown => ({
      kind: n.kind, start: n.start, end: n.end, tag: n.tag,
      ...(n.kind === 'scalar' ? { value: n.value, style: n.style } : {}),
      ...(n.kind === 'map' ? { entries: n.entries.map((e) => [e.key, strip(e.keyNode), strip(e.value)]) } : {}),
      ...(n.kind === 'seq' ? { items: n.items.map(strip) } : {}),
    });
    expect(strip(packed.root!)).toEqual(strip(root));
    const again = packed.root as MapNode;
    expect(again.entries[0].value).toBe(again.entries[1].value);
    for (const p of pointers(root)) {
      for (const key of [false, true]) expect(packed.locateOffsets(p, { key }), `${p} ${key}`).toEqual(plain.locateOffsets(p, { key }));
      const got = packed.get(p);
      expect(got && strip(got), p).toEqual(plain.get(p) && strip(plain.get(p)!));
    }
  });

  it('keeps nothing when there is no tree', () => {
    const { f } = file(TEXT);
    const doc = new SourceDoc(f, undefined);
    doc.keepPacked(undefined);
    expect(doc.root).toBeUndefined();
    expect(doc.get('/a')).toBeUndefined();
    expect(doc.locateOffsets('/a')).toEqual([0, 0]);
  });
});
