/** The CLI's commands. Each returns its exit code: 0 clean, 1 something found or failed, 2 bad input. */

import { compileChecker } from '../engine/checker.js';
import type { Finding } from '../engine/finding.js';
import { exampleProblems } from '../rules/validate.js';
import { BUILT_IN_PACKS, CONTEXT_PACK } from '../rules/builtin.js';
import type { RulePack, SubjectIsChild } from '../rules/types.js';
import { lineColumns } from '../engine/positions.js';
import { displayName, InputError, readText } from './input.js';
import { formatProblems, loadPack } from './packs.js';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface CheckOptions {
  files: string[];
  format: 'text' | 'json';
  packFiles: string[];
  child: SubjectIsChild;
}

export interface LocatedFinding extends Finding {
  file: string;
  line: number;
  column: number;
  text: string;
}

function packsFor(packFiles: readonly string[], io: Output): RulePack[] | undefined {
  if (packFiles.length === 0) return [...BUILT_IN_PACKS];
  const packs: RulePack[] = [CONTEXT_PACK];
  let bad = false;
  for (const file of packFiles) {
    const loaded = loadPack(file, { examples: false });
    if (!loaded.pack) {
      bad = true;
      formatProblems(loaded).forEach((line) => io.err(line));
    } else packs.push(loaded.pack);
  }
  return bad ? undefined : packs;
}

export function runCheck(options: CheckOptions, io: Output): number {
  const packs = packsFor(options.packFiles, io);
  if (!packs) return 2;
  const checker = compileChecker({ packs, subjectIsChild: options.child });
  const located: LocatedFinding[] = [];
  for (const file of options.files.length > 0 ? options.files : ['-']) {
    const text = readText(file);
    const findings = checker.check(text);
    const positions = lineColumns(text, findings.map((f) => f.start));
    findings.forEach((f, i) => located.push({ file: displayName(file), ...positions[i]!, text: text.slice(f.start, f.end), ...f }));
  }
  if (options.format === 'json') io.out(JSON.stringify(located, null, 2));
  else for (const f of located) io.out(formatFinding(f));
  return located.some((f) => !f.quoted) ? 1 : 0;
}

export function formatFinding(f: LocatedFinding): string {
  const suggestions = f.suggestions.map((s) => `"${s}"`).join(' or ');
  const quoted = f.quoted ? '  (quoted)' : '';
  return `${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(6)}  ${f.title}: "${f.text}"  → ${suggestions}${quoted}`;
}

export function runTest(packFiles: string[], io: Output): number {
  let failures = 0;
  let examples = 0;
  let rules = 0;
  let bad = false;
  const targets: { name: string; pack: RulePack }[] = [];
  if (packFiles.length === 0) {
    for (const pack of BUILT_IN_PACKS) targets.push({ name: pack.id, pack });
  } else {
    for (const file of packFiles) {
      const loaded = loadPack(file, { examples: false });
      if (loaded.pack) targets.push({ name: displayName(file), pack: loaded.pack });
      else {
        bad = true;
        formatProblems(loaded).forEach((line) => io.err(line));
      }
    }
  }
  for (const { name, pack } of targets) {
    rules += pack.rules.length;
    examples += pack.rules.reduce((sum, r) => sum + r.examples.flag.length + r.examples.pass.length, 0);
    for (const problem of exampleProblems(pack, BUILT_IN_PACKS)) {
      failures++;
      io.out(`FAIL ${name}:${problem.pointer}: ${problem.message}`);
    }
  }
  if (bad) return 2;
  io.out(`${rules} rules, ${examples} examples: ${examples - failures} passed, ${failures} failed`);
  return failures > 0 ? 1 : 0;
}

export function runValidate(packFiles: string[], io: Output): number {
  if (packFiles.length === 0) throw new InputError('validate needs at least one pack file');
  let errors = 0;
  for (const file of packFiles) {
    const loaded = loadPack(file, { examples: true });
    errors += loaded.problems.length;
    if (loaded.pack) io.out(`${displayName(file)}: valid (${loaded.pack.rules.length} rules)`);
    else formatProblems(loaded).forEach((line) => io.out(line));
  }
  return errors > 0 ? 1 : 0;
}
