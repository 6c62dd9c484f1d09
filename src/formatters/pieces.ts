// A report as `JSON.stringify(report, null, 2)` would write it, in pieces made as they are written:
// one per item of its one long list, so thousands of findings are never held as one string (nor
// its copy as bytes).

/**
 * `shell` with `make(item)` for each of `list` in its list `key`. The shell holds that list empty,
 * and no other empty list of that name (quotes inside string values are escaped, so the bare
 * `"key": []` stands only where a property writes it).
 */
export function* stringifyInPieces<T>(shell: object, key: string, list: readonly T[], make: (item: T) => unknown): Generator<string> {
  const text = JSON.stringify(shell, null, 2);
  const empty = `${JSON.stringify(key)}: []`;
  const at = text.indexOf(empty);
  if (list.length === 0 || at === -1) return yield text + '\n';
  const indent = at - text.lastIndexOf('\n', at) - 1;
  const pad = ' '.repeat(indent + 2);
  yield text.slice(0, at) + `${JSON.stringify(key)}: [\n`;
  for (let i = 0; i < list.length; i++) yield (i ? ',\n' : '') + JSON.stringify(make(list[i]), null, 2).replace(/^/gm, pad);
  yield `\n${' '.repeat(indent)}]` + text.slice(at + empty.length) + '\n';
}
