import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, BUILT_IN_RULE_PACKS } from '../../lib/rules/builtin.js';
import { signalsOf } from '../../lib/rules/merge.js';
import { packFileName, packFileText, readPackFile } from '../../lib/rules/pack-file.js';
import { FIRST_PERSONAL_PACK, putPack, removePack, removeRule, saveRule } from '../../lib/rules/personal-packs.js';
import { pack, rule } from './helpers/packs.js';

const BASE = signalsOf(BUILT_IN_PACKS);

describe('personal packs', () => {
  const first = rule({ id: 'one', patterns: ['one'] });
  const second = rule({ id: 'two', patterns: ['two'] });

  it('creates the first pack when a rule is saved, then adds and replaces rules in it', () => {
    let packs = saveRule([], FIRST_PERSONAL_PACK.id, first);
    expect(packs).toEqual([{ ...FIRST_PERSONAL_PACK, rules: [first] }]);
    packs = saveRule(packs, FIRST_PERSONAL_PACK.id, second);
    const renamed = { ...first, id: 'one-renamed' };
    packs = saveRule(packs, FIRST_PERSONAL_PACK.id, renamed, 'one');
    expect(packs[0]!.rules.map((r) => r.id)).toEqual(['one-renamed', 'two']);
    expect(removeRule(packs, FIRST_PERSONAL_PACK.id, 'two')[0]!.rules.map((r) => r.id)).toEqual(['one-renamed']);
  });

  it('replaces a pack with the same id on import and removes packs', () => {
    const a = pack([first], { id: 'a' });
    const b = pack([second], { id: 'b' });
    const newerA = pack([second], { id: 'a', version: '2.0.0' });
    expect(putPack([a, b], newerA)).toEqual([newerA, b]);
    expect(removePack([a, b], 'a')).toEqual([b]);
  });
});

describe('pack files', () => {
  it('exports a pack that imports back identically', () => {
    for (const builtIn of BUILT_IN_RULE_PACKS) {
      const result = readPackFile(packFileName(builtIn), packFileText(builtIn), BASE);
      expect(result.problems).toEqual([]);
      expect(result.pack).toEqual(builtIn);
    }
  });

  it('names the file, line and column of a JSON syntax error', () => {
    expect(readPackFile('broken.json', '{\n  "id": "x",\n  "rules": [,]\n}', BASE).problems).toEqual(['broken.json:3:13: not valid JSON: a value is expected']);
  });

  it('lists every problem with its pointer and imports nothing', () => {
    const bad = { ...pack([rule({ id: 'Bad Id', patterns: ['(a|b'] })]), version: 'one' };
    const result = readPackFile('bad.json', JSON.stringify(bad), BASE);
    expect(result.pack).toBeUndefined();
    expect(result.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^bad\.json \/version: /), expect.stringMatching(/^bad\.json \/rules\/0\/id: /), expect.stringMatching(/^bad\.json \/rules\/0\/patterns\/0: /)]),
    );
  });

  it('refuses a file far too large to be a pack before reading it', () => {
    expect(readPackFile('huge.json', ' '.repeat(3_000_000), BASE).problems).toEqual(['huge.json: the file is larger than 2 MB, so it cannot be a rule pack.']);
  });
});
