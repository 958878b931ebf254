import { describe, expect, it } from 'vitest';
import { inflections } from '../../lib/engine/inflect.js';
import { spellingVariants } from '../../lib/engine/spelling.js';

describe('inflection', () => {
  it.each([
    ['put', ['puts', 'putting']],
    ['place', ['places', 'placed', 'placing']],
    ['consent', ['consents', 'consented', 'consenting']],
    ['plug', ['plugs', 'plugged', 'plugging']],
    ['send', ['sends', 'sent', 'sending']],
    ['choose', ['chooses', 'chose', 'chosen', 'choosing']],
    ['carry', ['carries', 'carried', 'carrying']],
    ['lie', ['lies', 'lying', 'lied', 'lay']],
    ['man', ['men']],
    ['behaviour', ['behaviours']],
    ['wife', ['wives']],
    // Any form of an irregular verb stands for the whole verb.
    ['made', ['make', 'makes', 'making']],
    ['went', ['go', 'goes', 'gone', 'going']],
  ])('%s gives %j', (lemma, forms) => {
    expect(inflections(lemma)).toEqual(expect.arrayContaining([lemma, ...forms]));
  });
});

describe('UK and US spelling', () => {
  it.each([
    ['behaviour', 'behavior'],
    ['sexualised', 'sexualized'],
    ['organisation', 'organization'],
    ['paedophile', 'pedophile'],
    ['offence', 'offense'],
    ['labelled', 'labeled'],
    ['centre', 'center'],
    ['grey', 'gray'],
    ['analyse', 'analyze'],
  ])('%s also matches %s, and the other way round', (uk, us) => {
    expect(spellingVariants(uk)).toContain(us);
    expect(spellingVariants(us)).toContain(uk);
  });

  it('leaves short words alone (four is not for)', () => {
    expect(spellingVariants('four')).toEqual(['four']);
    expect(spellingVariants('filled')).toEqual(['filled']);
  });
});
