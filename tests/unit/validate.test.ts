import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validatePack, conflictsBetween } from '../../lib/rules/validate.js';
import { BUILT_IN_PACKS } from '../../lib/rules/builtin.js';
import schema from '../../rules/pack.schema.json';
import { CONTEXT, pack, rule } from './helpers/packs.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);

const good = () =>
  pack([
    rule({
      id: 'gen-risky',
      patterns: ['risky behaviour+'],
      context: { needs: ['child'] },
      suggestions: ['harm from adults'],
      examples: { flag: ['The 14yo shows risky behaviours.', 'Risky behaviour noted, Year 9 pupil.'], pass: ['Risky behaviour by the driver.', 'No risky behaviour in the adult.'] },
    }),
  ]);

function problems(value: unknown) {
  return validatePack(value, { basePacks: [CONTEXT] }).problems;
}

describe('validating a rule pack', () => {
  it('accepts a good pack, and so does the JSON Schema', () => {
    expect(problems(good())).toEqual([]);
    expect(schemaAccepts(good())).toBe(true);
  });

  it.each<[string, (p: any) => void, string, string]>([
    ['not an object', (p) => Object.assign(p, { rules: 'x' }), '/rules', "'rules' must be a list, not the string \"x\""],
    ['a bad id', (p) => (p.id = 'My Pack'), '/id', "'id' must be lower case letters, digits and hyphens"],
    ['a wrong language', (p) => (p.language = 'en-US'), '/language', "'language' must be \"en-GB\""],
    ['a bad version', (p) => (p.version = 'v1'), '/version', 'must be a version such as "1.2.0"'],
    ['an unknown rule property', (p) => (p.rules[0].exception = []), '/rules/0/exception', "unknown property 'exception' in a rule"],
    ['a missing field', (p) => delete p.rules[0].explanation, '/rules/0/explanation', "'explanation' is required"],
    ['a bad severity', (p) => (p.rules[0].severity = 'severe'), '/rules/0/severity', "'severity' must be one of high, medium, low"],
    ['an empty pattern', (p) => (p.rules[0].patterns = ['  ']), '/rules/0/patterns/0', 'must not be empty'],
    ['no patterns', (p) => (p.rules[0].patterns = []), '/rules/0/patterns', "'patterns' needs at least 1 entry"],
    ['an unknown word class', (p) => (p.rules[0].patterns = ['put {refelxive} at risk']), '/rules/0/patterns/0', 'unknown word class {refelxive}'],
    ['an unbalanced alternative', (p) => (p.rules[0].patterns = ['(risky|unsafe behaviour']), '/rules/0/patterns/0', "'(' is never closed (column 1)"],
    ['a bad exception', (p) => (p.rules[0].exceptions = ['~2 risk']), '/rules/0/exceptions/0', 'cannot begin with a gap'],
    ['too few examples', (p) => (p.rules[0].examples.pass = ['one']), '/rules/0/examples/pass', "'pass' needs at least 2 entries; it has 1"],
    ['an unknown signal', (p) => (p.rules[0].context = { needs: ['kid'] }), '/rules/0/context/needs/0', "unknown context signal 'kid'"],
    ['a bad negation setting', (p) => (p.rules[0].context = { negation: 'off' }), '/rules/0/context/negation', "'negation' must be \"suppress\" or \"ignore\""],
    ['an unknown capture in a suggestion', (p) => (p.rules[0].suggestions = ['{who} is at risk']), '/rules/0/suggestions/0', "'{who}' is not a capture of every pattern of this rule"],
    ['a capture that one pattern lacks', (p) => ((p.rules[0].patterns = ['{pronoun}=who risky', 'risky behaviour']), (p.rules[0].suggestions = ['{who} again'])), '/rules/0/suggestions/0', "'{who}' is not a capture of every pattern of this rule; patterns /1 do not capture it"],
    ['an unknown transform', (p) => ((p.rules[0].patterns = ['{pronoun}=who risky']), (p.rules[0].suggestions = ['{who|plural}'])), '/rules/0/suggestions/0', "unknown transform '|plural'"],
    ['a flag example that does not flag', (p) => p.rules[0].examples.flag.push('Nothing to see.'), '/rules/0/examples/flag/2', "'gen-risky' should flag this example but does not: \"Nothing to see.\""],
    ['a pass example that flags', (p) => p.rules[0].examples.pass.push('The 13yo shows risky behaviour.'), '/rules/0/examples/pass/2', 'should pass this example but flags "risky behaviour"'],
    ['a bad signal scope', (p) => (p.signals = { 'my-signal': { scope: 'page', patterns: ['x'] } }), '/signals/my-signal/scope', "'scope' must be one of sentence, nearby, note"],
  ])('reports %s at its JSON pointer', (_what, breakIt, pointer, message) => {
    const broken = structuredClone(good()) as any;
    breakIt(broken);
    const found = problems(broken);
    expect(found).toContainEqual({ pointer, message: expect.stringContaining(message) });
    expect(validatePack(broken, { basePacks: [CONTEXT] }).pack).toBeUndefined();
  });

  it('lists every problem at once, not just the first', () => {
    const broken = structuredClone(good()) as any;
    broken.id = 'Bad Id';
    broken.rules[0].severity = 'x';
    broken.rules[0].patterns = ['(a', '{nope}'];
    broken.rules.push({ ...broken.rules[0], id: 'gen-risky' });
    const pointers = problems(broken).map((p) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/id', '/rules/0/severity', '/rules/0/patterns/0', '/rules/0/patterns/1', '/rules/1/id']));
  });

  it('reports duplicate rule ids within a pack and between packs', () => {
    const doubled = good();
    doubled.rules.push({ ...doubled.rules[0]! });
    expect(problems(doubled)).toContainEqual({ pointer: '/rules/1/id', message: "duplicate rule id 'gen-risky' (first used at /rules/0)" });
    const other = { ...good(), id: 'other-pack' };
    expect(conflictsBetween([good(), other])).toEqual([{ packId: 'other-pack', pointer: '/rules/0/id', message: "rule id 'gen-risky' is already used by pack 'test-pack'" }]);
  });

  it.each([null, 42, 'pack', [], { rules: [] }])('rejects %j with a message and no crash', (value) => {
    expect(problems(value).length).toBeGreaterThan(0);
  });

  it('agrees with the JSON Schema on every built-in pack and on broken ones', () => {
    for (const builtIn of BUILT_IN_PACKS) expect(schemaAccepts(builtIn), `${builtIn.id}: ${JSON.stringify(schemaAccepts.errors)}`).toBe(true);
    const broken = [{ ...good(), language: 'fr' }, { ...good(), extra: 1 }, { ...good(), rules: [{ ...good().rules[0], severity: 'x' }] }];
    for (const value of broken) {
      expect(schemaAccepts(value)).toBe(false);
      expect(problems(value).length).toBeGreaterThan(0);
    }
  });
});
