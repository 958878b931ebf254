/**
 * Checking a text: one scan with the compiled program, then the rules' own logic on the few raw
 * matches (exceptions, allowed terms, negation, context gates, quotation) and the suggestions.
 */

import type { RulePack, SubjectIsChild } from '../rules/types.js';
import { SEVERITY_RANK, type Finding } from './finding.js';
import { captureSlots, findAll, type MatchSet, type WorkCounter } from './matcher.js';
import { MAX_PATTERN_SPAN } from './pattern.js';
import { isQuoted, quotedRanges } from './quotes.js';
import { IncrementalCheck } from './incremental.js';
import { LazyFinding } from './lazy-finding.js';
import { compileRuleSet, EntryRole, type CompileOptions, type CompiledRule, type RuleSet } from './rule-set.js';
import { TokenKind } from './scan.js';
import { SignalPresence } from './signal-presence.js';
import { caseOf, renderTemplate, type CapturedWord } from './template.js';
import { tokenize, type TokenStream } from './tokens.js';

export interface CheckOptions {
  subjectIsChild?: SubjectIsChild;
  /** `resolve` (default): where findings of different rules overlap, keep the most severe one. */
  overlaps?: 'resolve' | 'all';
  work?: WorkCounter;
}

export interface Checker {
  check(text: string): Finding[];
  /** A checker for one text being edited: each check re-scans only the paragraphs that changed. */
  startEditing(): { check(text: string): Finding[] };
  readonly ruleSet: RuleSet;
}

export interface CheckerOptions extends CompileOptions, Omit<CheckOptions, 'work'> {
  packs: readonly RulePack[];
}

export function compileChecker(options: CheckerOptions): Checker {
  const ruleSet = compileRuleSet(options.packs, options);
  return { ruleSet, check: (text) => checkText(ruleSet, text, options), startEditing: () => new IncrementalCheck(ruleSet, options) };
}

/**
 * Some of a text's matches (exceptions, allowed terms), for "does this token range overlap any of
 * them" questions. Where a match begins is only worked out for the few that end near a range asked about.
 */
class Intervals {
  private readonly matches: number[] = [];

  constructor(private readonly raw: MatchSet) {}

  /** Matches arrive in order of end (as findAll reports them), so a binary search finds the first candidate. */
  add(match: number): void {
    this.matches.push(match);
  }

  overlaps(start: number, end: number): boolean {
    const { matches, raw } = this;
    let low = 0;
    let high = matches.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (raw.endToken[matches[mid]!]! < start) low = mid + 1;
      else high = mid;
    }
    // A match spans at most MAX_PATTERN_SPAN tokens, so one ending far after `end` cannot start before it.
    for (let i = low; i < matches.length && raw.endToken[matches[i]!]! <= end + MAX_PATTERN_SPAN; i++) {
      if (raw.startOf(matches[i]!) <= end) return true;
    }
    return false;
  }
}

interface Candidate {
  rule: number;
  entry: number;
  startToken: number;
  endToken: number;
}

export function checkText(ruleSet: RuleSet, text: string, options: CheckOptions = {}): Finding[] {
  if (text.length === 0 || ruleSet.rules.length === 0) return [];
  const tokens = tokenize(text, ruleSet.program.symbols);
  return checkMatches(ruleSet, text, tokens, findAll(ruleSet.program, tokens, options.work), options);
}

/** The rules' own logic over a text's tokens and raw matches (however they were found). */
export function checkMatches(ruleSet: RuleSet, text: string, tokens: TokenStream, raw: MatchSet, options: CheckOptions = {}): Finding[] {
  const sorted = sortRawMatches(ruleSet, raw, tokens, options.subjectIsChild ?? 'detect');
  if (sorted.patternMatches.length === 0) return [];
  const { present } = sorted;
  const quotes = quotedRanges(text);
  const findings: Finding[] = [];

  for (const candidate of leftmostLongest(candidatesInContext(ruleSet, raw, tokens, sorted.patternMatches, present), ruleSet.rules.length)) {
    const compiled = ruleSet.rules[candidate.rule]!;
    const { startToken, endToken } = candidate;
    if (sorted.allow.overlaps(startToken, endToken)) continue;
    if (sorted.exceptions[candidate.rule]?.overlaps(startToken, endToken)) continue;
    if (compiled.negation && isNegated(ruleSet, tokens, startToken)) continue;
    const sentence = tokens.sentence[startToken]!;
    const start = tokens.start[startToken]!;
    const end = tokens.end[endToken]!;
    const quoted = isQuoted(quotes, start, end) || (compiled.attribution && present.attributedBefore(sentence, startToken));
    findings.push(new LazyFinding(compiled, start, end, quoted, () => renderSuggestions(ruleSet, compiled, tokens, text, candidate, start, end)));
  }
  return options.overlaps === 'all' ? findings : resolveOverlaps(findings);
}

/**
 * The rule pattern matches whose rule's context (needs, unless) holds in their sentence, with where
 * they begin. Context comes first because it needs only the sentence, which a match's end gives, so
 * most matches that fail it never have their start worked out; and it cannot change which of a rule's
 * overlapping matches leftmostLongest keeps, since overlapping matches share their sentence.
 */
function candidatesInContext(ruleSet: RuleSet, raw: MatchSet, tokens: TokenStream, patternMatches: readonly number[], present: SignalPresence): Candidate[] {
  const candidates: Candidate[] = [];
  for (const i of patternMatches) {
    const entry = raw.entry[i]!;
    const rule = ruleSet.entryOwner[entry]!;
    const compiled = ruleSet.rules[rule]!;
    const endToken = raw.endToken[i]!;
    const sentence = tokens.sentence[endToken]!;
    if (!present.hasEach(compiled.needs, sentence) || present.hasAnyOf(compiled.unless, sentence)) continue;
    const startToken = raw.startOf(i);
    if (startToken >= 0) candidates.push({ rule, entry, startToken, endToken });
  }
  return candidates;
}

/**
 * Sorts a text's raw matches by what their entries are: rule patterns, the exceptions of each rule,
 * allowed terms, and context signals, which are recorded in the text's SignalPresence.
 */
function sortRawMatches(ruleSet: RuleSet, raw: MatchSet, tokens: TokenStream, subjectIsChild: SubjectIsChild) {
  const sentences = tokens.count > 0 ? tokens.sentence[tokens.count - 1]! + 1 : 0;
  const present = new SignalPresence(ruleSet, sentences, subjectIsChild);
  const patternMatches: number[] = [];
  const allow = new Intervals(raw);
  const exceptions = new Array<Intervals | undefined>(ruleSet.rules.length);
  const signalExceptions = new Array<Intervals | undefined>(ruleSet.signals.length);
  // Matches of signals with exceptions wait until every exception match is known.
  const excepted: number[] = [];
  const { entryRole, entryOwner, signals } = ruleSet;
  const { entry: entries, endToken: ends, count } = raw;
  const sentenceOf = tokens.sentence;
  for (let i = 0; i < count; i++) {
    const entry = entries[i]!;
    const owner = entryOwner[entry]!;
    switch (entryRole[entry]) {
      case EntryRole.Signal:
        if (signals[owner]!.hasExceptions) excepted.push(i);
        else present.add(owner, sentenceOf[ends[i]!]!, ends[i]!);
        break;
      case EntryRole.Pattern:
        patternMatches.push(i);
        break;
      case EntryRole.Exception:
        (exceptions[owner] ??= new Intervals(raw)).add(i);
        break;
      case EntryRole.SignalException:
        (signalExceptions[owner] ??= new Intervals(raw)).add(i);
        break;
      case EntryRole.Allow:
        allow.add(i);
        break;
    }
  }
  for (const i of excepted) {
    const signal = entryOwner[entries[i]!]!;
    const end = ends[i]!;
    const sentence = sentenceOf[end]!;
    if (present.foundIn(signal, sentence) || signalExceptions[signal]?.overlaps(raw.startOf(i), end)) continue;
    present.add(signal, sentence, end);
  }
  return { patternMatches, allow, exceptions, present };
}

/**
 * Per rule, the leftmost match wins, then the longest; matches of one rule never overlap. Candidates
 * are grouped by rule, keeping their order (of end, so nearly of start too), and each group is put in
 * order of start: by insertion while it is small, where that is quickest, and by sorting when it is
 * large, so that a rule with many overlapping patterns never costs more than a sort.
 */
function leftmostLongest(candidates: Candidate[], ruleCount: number): Candidate[] {
  const groupStart = new Int32Array(ruleCount + 1);
  for (const c of candidates) groupStart[c.rule + 1]!++;
  for (let r = 0; r < ruleCount; r++) groupStart[r + 1]! += groupStart[r]!;
  const grouped = new Array<Candidate>(candidates.length);
  const next = groupStart.slice(0, ruleCount);
  for (const c of candidates) grouped[next[c.rule]!++] = c;
  const kept: Candidate[] = [];
  for (let r = 0; r < ruleCount; r++) {
    const from = groupStart[r]!;
    const to = groupStart[r + 1]!;
    putInOrder(grouped, from, to);
    let lastEnd = -1;
    for (let i = from; i < to; i++) {
      const c = grouped[i]!;
      if (c.startToken <= lastEnd) continue;
      kept.push(c);
      lastEnd = c.endToken;
    }
  }
  return kept;
}

/** Groups up to this size are put in order by insertion: at most this many moves per candidate. */
const INSERTION_LIMIT = 32;

/** Puts [from, to) of `candidates` in order, leftmost first, then longest; equal ones keep their order. */
function putInOrder(candidates: Candidate[], from: number, to: number): void {
  if (to - from > INSERTION_LIMIT) {
    const sorted = candidates.slice(from, to).sort(leftmostLongestFirst);
    for (let i = from; i < to; i++) candidates[i] = sorted[i - from]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const c = candidates[i]!;
    let j = i;
    for (; j > from && leftmostLongestFirst(c, candidates[j - 1]!) < 0; j--) candidates[j] = candidates[j - 1]!;
    candidates[j] = c;
  }
}

/** The order of candidates: leftmost first, then longest. */
function leftmostLongestFirst(x: Candidate, y: Candidate): number {
  return x.startToken - y.startToken || y.endToken - x.endToken;
}

/** How many words before a phrase are searched for a negation ("there is no evidence that she consented"). */
const NEGATION_WINDOW = 4;

/** A negating word among the few words before the phrase, in the same sentence. */
function isNegated(ruleSet: RuleSet, tokens: TokenStream, startToken: number): boolean {
  let words = 0;
  for (let t = startToken - 1; t >= 0 && words < NEGATION_WINDOW; t--) {
    const kind = tokens.kind[t];
    if (kind === TokenKind.Break) return false;
    if (kind !== TokenKind.Word) continue;
    words++;
    if (ruleSet.negationSymbols[tokens.symbol[t]!] === 1) return true;
  }
  return false;
}

const CLITIC_START = /['\u2019\u02bc]/;

const suggestionCache = new WeakMap<CompiledRule, Map<string, string[]>>();

function cachedSuggestions(rule: CompiledRule, key: string, render: () => string[]): string[] {
  let byCase = suggestionCache.get(rule);
  if (!byCase) suggestionCache.set(rule, (byCase = new Map()));
  let suggestions = byCase.get(key);
  if (!suggestions) byCase.set(key, (suggestions = render()));
  return suggestions.slice();
}

function startsSentence(tokens: TokenStream, token: number): boolean {
  for (let t = token - 1; t >= 0; t--) {
    if (tokens.kind[t] === TokenKind.Break) return true;
    if (tokens.kind[t] === TokenKind.Word) return false;
  }
  return true;
}

function renderSuggestions(ruleSet: RuleSet, compiled: CompiledRule, tokens: TokenStream, text: string, candidate: Candidate, start: number, end: number): string[] {
  const sentenceStart = startsSentence(tokens, candidate.startToken);
  const captured = new Map<string, CapturedWord>();
  if (compiled.usesCaptures) {
    const slots = captureSlots(ruleSet.program, tokens, candidate.entry, candidate.startToken, candidate.endToken);
    ruleSet.program.entryCaptures[candidate.entry]!.forEach((name, k) => {
      const from = slots[k * 2]!;
      const to = slots[k * 2 + 1]!;
      if (from < 0 || to <= from) return;
      captured.set(name, { text: text.slice(tokens.start[from]!, tokens.end[to - 1]!), atSentenceStart: sentenceStart && from === candidate.startToken });
    });
  }
  const matchCase = caseOf(text.slice(start, end), sentenceStart);
  // A phrase that begins at a clitic ("she's been…" from "'s") is joined to the word before it: keep them apart.
  const joined = start > 0 && CLITIC_START.test(text[start]!) && /[\p{L}\p{N}]/u.test(text[start - 1]!) ? ' ' : '';
  const render = () => [...new Set(compiled.suggestions.map((parts) => joined + renderTemplate(parts, captured, matchCase)))];
  // Without captures, a rule's suggestions depend only on the case of the phrase: work them out once.
  return compiled.usesCaptures ? render() : cachedSuggestions(compiled, `${joined}${matchCase.allCaps}${matchCase.sentenceStart}`, render);
}

/** Where findings of different rules overlap, keep the most severe, then the longest, then the earliest. */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const byStart = findings.slice().sort((x, y) => x.start - y.start || x.end - y.end);
  const kept: Finding[] = [];
  // Overlaps only happen within a run of findings that touch one another, so rank each run alone.
  for (let i = 0; i < byStart.length; ) {
    let runEnd = byStart[i]!.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j]!.start < runEnd) runEnd = Math.max(runEnd, byStart[j++]!.end);
    if (j === i + 1) {
      kept.push(byStart[i++]!); // most findings overlap nothing
      continue;
    }
    const ranked = byStart.slice(i, j).sort((x, y) =>
      SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || Number(x.quoted) - Number(y.quoted) || (y.end - y.start) - (x.end - x.start) || x.start - y.start);
    const chosen: Finding[] = [];
    for (const finding of ranked) {
      if (!chosen.some((k) => k.start < finding.end && finding.start < k.end)) chosen.push(finding);
    }
    kept.push(...chosen.sort((x, y) => x.start - y.start));
    i = j;
  }
  return kept;
}
