import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTEXT, pack, rule } from './helpers/packs.js';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'reframe-cli-'));

function reframe(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'reframe.js'), ...args], { input, cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const teamPack = pack([
  rule({
    id: 'team-self-risk',
    title: 'Putting self at risk',
    severity: 'high',
    patterns: ['{subject}=who {be}? put+ {reflexive} at risk', 'put+ {reflexive}=who at risk'],
    context: { needs: ['child'] },
    suggestions: ['{who|subject} {who|be} at risk from adults'],
    examples: { flag: ['The 14yo put herself at risk.', 'Year 9 pupil putting himself at risk.'], pass: ['He put the public at risk.', 'The adult put herself at risk.'] },
  }),
], { id: 'team-pack' });

describe('reframe check', () => {
  const packFile = file('team.json', JSON.stringify(teamPack));

  it('prints file:line:col, severity, title and suggestion, and exits 1 when something is found', () => {
    const note = file('note.txt', 'Visit with Amy, aged 14.\nAmy has been putting herself at risk.\n');
    const { code, out } = reframe(['check', note, '--pack', packFile]);
    expect(code).toBe(1);
    expect(out.trim()).toBe(`${note}:2:14  high    Putting self at risk: "putting herself at risk"  → "she is at risk from adults"`);
  });

  it('exits 0 on clean text', () => {
    expect(reframe(['check', '-', '--pack', packFile], 'Amy, aged 14, attended school.').code).toBe(0);
  });

  it('reads standard input and prints JSON findings with their position', () => {
    const { code, out } = reframe(['check', '-', '--format', 'json', '--pack', packFile], 'Notes.\nShe put herself at risk. Year 8.');
    expect(code).toBe(1);
    const findings = JSON.parse(out);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: '<stdin>', line: 2, column: 1, start: 7, end: 30, ruleId: 'team-self-risk', packId: 'team-pack', severity: 'high', text: 'She put herself at risk', suggestions: ['She is at risk from adults'], quoted: false });
  });

  it('uses --child always to treat every text as about a child', () => {
    expect(reframe(['check', '-', '--pack', packFile], 'She put herself at risk.').code).toBe(0);
    expect(reframe(['check', '-', '--child', 'always', '--pack', packFile], 'She put herself at risk.').code).toBe(1);
  });

  it('reports quoted findings without failing', () => {
    const { code, out } = reframe(['check', '-', '--pack', packFile], 'The 14yo said "I put myself at risk".');
    expect(code).toBe(0);
    expect(out).toContain('(quoted)');
  });

  it('uses the built-in packs by default', () => {
    const { code, out } = reframe(['check', '--format', 'json', '-'], 'Nothing to see here.');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
  });

  it.each([
    ['empty input', '', 0, ''],
    ['a 5 MB note', 'Amy, aged 14, went to school and came home. '.repeat(120_000), 0, ''],
  ])('handles %s', (_what, input, code) => {
    expect(reframe(['check', '-', '--pack', packFile], input).code).toBe(code);
  });

  it.each<[string, () => string[], string]>([
    ['a missing file', () => ['check', join(dir, 'nope.txt')], 'nope.txt: cannot read: no such file'],
    ['a binary file', () => ['check', file('x.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))], 'looks like a binary file (a NUL byte at offset 4), not text'],
    ['invalid UTF-8', () => ['check', file('x.txt', Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x20]))], 'is not valid UTF-8 text'],
    ['a broken pack', () => ['check', '-', '--pack', file('broken.json', '{"id": "x",\n "rules": [}')], 'broken.json:2:12: not valid JSON'],
    ['an invalid pack', () => ['check', '-', '--pack', file('invalid.json', JSON.stringify({ ...teamPack, rules: [{ ...teamPack.rules[0], patterns: ['(at risk'] }] }))], "invalid.json:/rules/0/patterns/0: '(' is never closed (column 1)"],
    ['a bad option', () => ['check', '--format', 'xml'], '--format must be text or json'],
    ['an unknown option', () => ['check', '--colour'], "Unknown option '--colour'"],
    ['an unknown command', () => ['lint'], "unknown command 'lint'"],
  ])('exits 2 with a clear message on %s', (_what, args, message) => {
    const { code, err } = reframe(args(), '');
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('reframe test and validate', () => {
  it('runs every example and reports a summary', () => {
    const { code, out } = reframe(['test', file('good.json', JSON.stringify(teamPack))]);
    expect(out).toContain('1 rules, 4 examples: 4 passed, 0 failed');
    expect(code).toBe(0);
  });

  it('names the rule and example that fail, and exits 1', () => {
    const failing = structuredClone(teamPack);
    failing.rules[0]!.examples.pass.push('The 15yo puts herself at risk.');
    const { code, out } = reframe(['test', file('failing.json', JSON.stringify(failing))]);
    expect(code).toBe(1);
    expect(out).toContain(`/rules/0/examples/pass/2: 'team-self-risk' should pass this example but flags "puts herself at risk": "The 15yo puts herself at risk."`);
    expect(out).toContain('4 passed, 1 failed');
  });

  it('tests the built-in packs by default', () => {
    const { out } = reframe(['test']);
    expect(out).toMatch(/^\d+ rules, \d+ examples: \d+ passed, 0 failed$/m);
  });

  it('validate lists every problem with its pointer and exits 1', () => {
    const broken = { ...teamPack, version: 'one', rules: [{ ...teamPack.rules[0], severity: 'severe', patterns: ['{nope}'] }] };
    const { code, out } = reframe(['validate', file('v.json', JSON.stringify(broken))]);
    expect(code).toBe(1);
    expect(out).toContain(`v.json:/version: 'version' must be a version such as "1.2.0": "one"`);
    expect(out).toContain(`v.json:/rules/0/severity:`);
    expect(out).toContain(`v.json:/rules/0/patterns/0: unknown word class {nope}`);
  });

  it('validate accepts a good pack and the context pack', () => {
    const { code, out } = reframe(['validate', file('ok.json', JSON.stringify(teamPack)), file('context.json', JSON.stringify(CONTEXT))]);
    expect(out).toContain('ok.json: valid (1 rules)');
    expect(code).toBe(0);
  });
});

describe('the package', () => {
  it("works as a library from plain Node: import { createChecker } from 'reframe'", () => {
    const script = `import { createChecker } from 'reframe';
      const checker = createChecker({ subjectIsChild: 'always' });
      console.log(JSON.stringify({ type: typeof checker.check, findings: Array.isArray(checker.check('text')) }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ type: 'function', findings: true });
  });
});
