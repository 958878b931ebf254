/**
 * UK and US spellings of one word, so that a pattern written in UK English also matches the US
 * spellings staff may type (behavior, sexualized) and the other way round. Only variants are added; a
 * variant that is not a real word costs nothing, so the rules lean towards adding.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['grey', 'gray'],
  ['programme', 'program'],
  ['judgement', 'judgment'],
  ['ageing', 'aging'],
  ['sceptical', 'skeptical'],
  ['enrol', 'enroll'],
  ['fulfil', 'fulfill'],
  ['practise', 'practice'],
  ['manoeuvre', 'maneuver'],
  ['offence', 'offense'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['pretence', 'pretense'],
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['mould', 'mold'],
  ['pyjamas', 'pajamas'],
  ['tyre', 'tire'],
];

const STEMS: ReadonlyArray<readonly [string, string]> = [
  ['paed', 'ped'],
  ['haem', 'hem'],
  ['anaes', 'anes'],
  ['oestr', 'estr'],
  ['foet', 'fet'],
  ['diarrhoea', 'diarrhea'],
];

const ENDINGS = '(s|ed|ing|er|ers|ite|ites|able|ably|al|ally|ation|ations)?';
const OUR = new RegExp(`([lnivbmgr])our${ENDINGS}$`);
const OR = new RegExp(`([lnivbmg])or${ENDINGS}$`);
const ISE = /([a-z]{3,})(is|ys)(e|es|ed|ing|er|ers|ation|ations)$/;
const IZE = /([a-z]{3,})(iz|yz)(e|es|ed|ing|er|ers|ation|ations)$/;
const DOUBLE_L = /([aeiou])ll(ed|ing|er|ers|or|ors)$/;
const SINGLE_L = /([aeiou])l(ed|ing|er|ers|or|ors)$/;

export function spellingVariants(word: string): string[] {
  const variants = new Set<string>([word]);
  for (const [uk, us] of PAIRS) {
    if (word.startsWith(uk)) variants.add(us + word.slice(uk.length));
    if (word.startsWith(us) && word.length - us.length <= 3) variants.add(uk + word.slice(us.length));
  }
  for (const [uk, us] of STEMS) {
    const ukAt = word.indexOf(uk);
    if (ukAt >= 0) variants.add(word.slice(0, ukAt) + us + word.slice(ukAt + uk.length));
    const usAt = word.indexOf(us);
    if (usAt >= 0 && ukAt < 0) variants.add(word.slice(0, usAt) + uk + word.slice(usAt + us.length));
  }
  if (word.length >= 6) {
    variants.add(word.replace(OUR, '$1or$2'));
    variants.add(word.replace(OR, '$1our$2'));
    variants.add(word.replace(ISE, (_m, stem: string, mid: string, end: string) => stem + mid.replace('s', 'z') + end));
    variants.add(word.replace(IZE, (_m, stem: string, mid: string, end: string) => stem + mid.replace('z', 's') + end));
  }
  if (word.length >= 8) variants.add(word.replace(DOUBLE_L, '$1l$2'));
  if (word.length >= 7 && !DOUBLE_L.test(word)) variants.add(word.replace(SINGLE_L, '$1ll$2'));
  return [...variants];
}
