/**
 * Suggestion templates: plain text with `{name}` or `{name|transform}` placeholders that reuse words
 * captured by the pattern (`put+ {reflexive}=self at risk` → "{self|subject} {self|be} at risk").
 * The result takes the case of the text it replaces: a capital at the start of a sentence, or all
 * capitals when the phrase was typed in capitals.
 */

import { CharClass, classify } from './characters.js';

export type TemplatePart = string | { capture: string; transform?: Transform };

type Person = 'she' | 'he' | 'they' | 'i' | 'you' | 'we' | 'it';

const PERSON_OF: Readonly<Record<string, Person>> = {
  she: 'she', her: 'she', hers: 'she', herself: 'she',
  he: 'he', him: 'he', his: 'he', himself: 'he', hisself: 'he',
  they: 'they', them: 'they', their: 'they', theirs: 'they', themselves: 'they', themself: 'they', theirselves: 'they',
  i: 'i', me: 'i', my: 'i', mine: 'i', myself: 'i',
  you: 'you', your: 'you', yours: 'you', yourself: 'you',
  we: 'we', us: 'we', our: 'we', ours: 'we', ourselves: 'we',
  it: 'it', its: 'it', itself: 'it',
};

const FORMS: Readonly<Record<string, Readonly<Record<Person, string>>>> = {
  subject: { she: 'she', he: 'he', they: 'they', i: 'I', you: 'you', we: 'we', it: 'it' },
  object: { she: 'her', he: 'him', they: 'them', i: 'me', you: 'you', we: 'us', it: 'it' },
  possessive: { she: 'her', he: 'his', they: 'their', i: 'my', you: 'your', we: 'our', it: 'its' },
  reflexive: { she: 'herself', he: 'himself', they: 'themselves', i: 'myself', you: 'yourself', we: 'ourselves', it: 'itself' },
  be: { she: 'is', he: 'is', they: 'are', i: 'am', you: 'are', we: 'are', it: 'is' },
  was: { she: 'was', he: 'was', they: 'were', i: 'was', you: 'were', we: 'were', it: 'was' },
  has: { she: 'has', he: 'has', they: 'have', i: 'have', you: 'have', we: 'have', it: 'has' },
};

export type Transform = keyof typeof FORMS;
export const TRANSFORMS = Object.keys(FORMS) as Transform[];

export class TemplateError extends Error {}

/**
 * Parses a suggestion template. `captures` are the names every pattern of the rule captures;
 * `byPattern`, when given, the names each pattern captures, to say which pattern lacks a name.
 */
export function parseTemplate(source: string, captures: readonly string[], byPattern: readonly (readonly string[])[] = []): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{', at);
    const strayClose = source.indexOf('}', at);
    if (strayClose >= 0 && (open < 0 || strayClose < open)) {
      throw new TemplateError(`'}' at column ${strayClose + 1} has no '{' before it`);
    }
    if (open < 0) {
      parts.push(source.slice(at));
      break;
    }
    if (open > at) parts.push(source.slice(at, open));
    const close = source.indexOf('}', open);
    if (close < 0) throw new TemplateError(`'{' at column ${open + 1} is never closed`);
    const [name = '', transform, ...extra] = source.slice(open + 1, close).split('|').map((s) => s.trim());
    if (extra.length > 0) throw new TemplateError(`'{${source.slice(open + 1, close)}}' has more than one '|'`);
    if (!captures.includes(name)) {
      const lacking = byPattern.map((names, i) => (names.includes(name) ? -1 : i)).filter((i) => i >= 0);
      const where = lacking.length > 0 && lacking.length < byPattern.length ? `patterns ${lacking.map((i) => `/${i}`).join(', ')} do not capture it` : captures.length > 0 ? `the patterns capture ${captures.map((c) => `'${c}'`).join(', ')}` : 'no pattern captures it (mark a word with =name)';
      throw new TemplateError(`'{${name}}' is not a capture of every pattern of this rule; ${where}`);
    }
    if (transform !== undefined && !(TRANSFORMS as string[]).includes(transform)) {
      throw new TemplateError(`unknown transform '|${transform}'; known: ${TRANSFORMS.join(', ')}`);
    }
    parts.push(transform === undefined ? { capture: name } : { capture: name, transform: transform as Transform });
    at = close + 1;
  }
  if (parts.join('').trim() === '' && parts.every((p) => typeof p === 'string')) throw new TemplateError('the suggestion is empty');
  return parts;
}

export interface CapturedWord {
  text: string;
  /** The capture began where the replaced phrase begins a sentence, so its capital is not its own. */
  atSentenceStart: boolean;
}

export interface MatchCase {
  sentenceStart: boolean;
  allCaps: boolean;
}

export function caseOf(text: string, atSentenceStart: boolean): MatchCase {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (classify(code) !== CharClass.Letter) continue;
    letters++;
    const ch = text[i]!;
    if (ch !== ch.toLowerCase()) upper++;
  }
  const first = text[0] ?? '';
  return { allCaps: letters >= 2 && upper === letters, sentenceStart: atSentenceStart && first !== first.toLowerCase() };
}

function applyTransform(word: string, transform: Transform | undefined): string {
  if (transform === undefined) return word;
  const person = PERSON_OF[word.toLowerCase()];
  if (person !== undefined) return FORMS[transform]![person];
  if (transform === 'possessive') return `${word}'s`;
  if (transform === 'be') return 'is';
  if (transform === 'was') return 'was';
  if (transform === 'has') return 'has';
  return word;
}

export function renderTemplate(parts: readonly TemplatePart[], captured: ReadonlyMap<string, CapturedWord>, matchCase: MatchCase): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const word = captured.get(part.capture);
    if (!word) continue;
    let text = word.text;
    // A pronoun capitalised only because it began the sentence is lower-cased; names keep their capital.
    const lower = text.toLowerCase();
    if (word.atSentenceStart && lower !== 'i' && PERSON_OF[lower] !== undefined) text = lower;
    out += applyTransform(text, part.transform);
  }
  out = out.replace(/\s+/g, ' ').trim();
  if (matchCase.allCaps) return out.toUpperCase();
  if (matchCase.sentenceStart) return out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}
