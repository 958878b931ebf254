/** Positions in text as people see them. */

/** Line and column (both from 1, the column in UTF-16 code units) of each offset, in one pass. */
export function lineColumns(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const order = offsets.map((offset, i) => [offset, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<{ line: number; column: number }>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let at = 0;
  for (const [offset, i] of order) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    out[i] = { line, column: offset - lineStart + 1 };
  }
  return out;
}
