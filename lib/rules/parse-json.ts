/**
 * JSON parsing for rule packs and settings that people edit by hand: a syntax error is reported with
 * its line and column, which JSON.parse does not always give.
 */

import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineColumns } from '../engine/positions.js';

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(`${line}:${column}: not valid JSON: ${message}`);
  }
}

const READABLE: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is malformed',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is not finished',
  InvalidUnicode: 'a \\u escape is malformed',
  InvalidEscapeCharacter: 'an escape sequence is malformed',
  InvalidCharacter: 'a control character must be escaped',
};

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) throw new JsonSyntaxError((error as Error).message, 1, 1);
    const code = printParseErrorCode(first.error);
    const [{ line, column }] = lineColumns(text, [first.offset]) as [{ line: number; column: number }];
    throw new JsonSyntaxError(READABLE[code] ?? code, line, column);
  }
}
