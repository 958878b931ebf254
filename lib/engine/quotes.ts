/**
 * Finds the stretches of text inside quotation marks, where the writer is recording someone's words.
 * Pairs are only recognised within a paragraph, and an unclosed mark quotes nothing, so one stray
 * quotation mark can never hide the rest of a note.
 */

import { CharClass, classify } from './characters.js';

const DOUBLE_OPEN = new Set([0x201c, 0x201e, 0xab]);
const DOUBLE_CLOSE = new Set([0x201d, 0xbb]);
const STRAIGHT_DOUBLE = 34;
const SINGLE_OPEN = 0x2018;
const STRAIGHT_SINGLE = 39;
/** Every character that can open or close a quotation. */
const QUOTATION_MARKS = ['"', "'", '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019'];
/** A blank line: two line breaks with nothing but white space between them. */
const BLANK_LINE = /\n[^\S\n]*\n/;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const cls = classify(text.charCodeAt(index));
  return cls === CharClass.Letter || cls === CharClass.Digit;
}

/** Whether a blank line lies within [from, to) of `text`: a search of that stretch alone, so linear overall. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  return BLANK_LINE.test(text.slice(from, to));
}

/** Sorted, non-overlapping [start, end) offset pairs of quoted text (the marks excluded). */
export function quotedRanges(text: string): number[] {
  const ranges: number[] = [];
  let double = -1;
  let single = -1;
  let previous = 0;
  // Visit only quotation marks; everything else cannot change the state. They are found by one native
  // search per mark, merged in order: several times quicker than a regular expression over the whole
  // text. A blank line ends every open quotation; as it holds no mark, it can only lie between two
  // marks, and is looked for there only while a quotation is open.
  const next = QUOTATION_MARKS.map((mark) => text.indexOf(mark));
  for (;;) {
    let kind = -1;
    for (let k = 0; k < next.length; k++) if (next[k]! >= 0 && (kind < 0 || next[k]! < next[kind]!)) kind = k;
    if (kind < 0) break;
    const i = next[kind]!;
    next[kind] = text.indexOf(QUOTATION_MARKS[kind]!, i + 1);
    if ((double >= 0 || single >= 0) && hasBlankLine(text, previous, i)) double = single = -1;
    previous = i + 1;
    const code = text.charCodeAt(i);
    if (code === STRAIGHT_DOUBLE) {
      if (double < 0) double = i + 1;
      else {
        ranges.push(double, i);
        double = single = -1;
      }
    } else if (DOUBLE_OPEN.has(code)) {
      double = i + 1;
    } else if (DOUBLE_CLOSE.has(code)) {
      if (double >= 0) ranges.push(double, i);
      double = single = -1;
    } else {
      const before = isWordAt(text, i - 1);
      const after = isWordAt(text, i + 1);
      if (code === SINGLE_OPEN || (code === STRAIGHT_SINGLE && !before && after)) {
        if (single < 0) single = i + 1;
      } else if (!after && single >= 0) {
        ranges.push(single, i);
        single = -1;
      }
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i]!, ranges[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    const last = out.length - 1;
    if (last > 0 && start <= out[last]!) out[last] = Math.max(out[last]!, end);
    else out.push(start, end);
  }
  return out;
}

/**
 * Whether any of [start, end) is quoted. A writer who puts part of a phrase in quotation marks (her
 * older 'boyfriend') is marking those words as someone else's.
 */
export function isQuoted(ranges: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const rangeStart = ranges[mid * 2]!;
    const rangeEnd = ranges[mid * 2 + 1]!;
    if (end <= rangeStart) high = mid - 1;
    else if (start >= rangeEnd) low = mid + 1;
    else return true;
  }
  return false;
}
