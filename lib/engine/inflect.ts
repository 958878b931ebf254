/**
 * Inflection for the `+` marker: one lemma gives every form staff type. Verbs get -s, past,
 * past participle and -ing; nouns their plural. Over-generation is harmless here (a form that is not
 * a word never occurs in text), so regular rules add every plausible spelling instead of guessing.
 */

const IRREGULAR: Record<string, readonly string[]> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"],
  have: ['has', 'had', 'having', "'ve", "'s", "'d"],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  get: ['gets', 'got', 'gotten', 'getting'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  make: ['made'],
  say: ['said'],
  tell: ['told'],
  know: ['knew', 'known'],
  see: ['saw', 'seen', 'seeing'],
  come: ['came'],
  become: ['became'],
  run: ['ran'],
  bring: ['brought'],
  buy: ['bought'],
  pay: ['paid'],
  sleep: ['slept'],
  keep: ['kept'],
  meet: ['met'],
  lose: ['lost'],
  feel: ['felt'],
  think: ['thought'],
  sell: ['sold'],
  send: ['sent'],
  spend: ['spent'],
  lend: ['lent'],
  find: ['found'],
  hold: ['held'],
  fight: ['fought'],
  catch: ['caught'],
  teach: ['taught'],
  seek: ['sought'],
  lead: ['led'],
  leave: ['left'],
  steal: ['stole', 'stolen'],
  throw: ['threw', 'thrown'],
  wear: ['wore', 'worn'],
  write: ['wrote', 'written'],
  draw: ['drew', 'drawn'],
  withdraw: ['withdrew', 'withdrawn'],
  begin: ['began', 'begun'],
  drink: ['drank', 'drunk'],
  choose: ['chose', 'chosen'],
  fall: ['fell', 'fallen'],
  hide: ['hid', 'hidden'],
  ride: ['rode', 'ridden'],
  drive: ['drove', 'driven'],
  speak: ['spoke', 'spoken'],
  break: ['broke', 'broken'],
  forget: ['forgot', 'forgotten'],
  grow: ['grew', 'grown'],
  blow: ['blew', 'blown'],
  stand: ['stood'],
  understand: ['understood'],
  lie: ['lay', 'lain', 'lying', 'lied'],
  sneak: ['snuck'],
  stick: ['stuck'],
  swear: ['swore', 'sworn'],
  tear: ['tore', 'torn'],
  wake: ['woke', 'woken'],
  shake: ['shook', 'shaken'],
  mislead: ['misled'],
  // Nouns with irregular plurals.
  man: ['men'],
  woman: ['women'],
  child: ['children'],
  person: ['people'],
  wife: ['wives'],
  life: ['lives'],
  knife: ['knives'],
};

const VOWELS = 'aeiou';

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z' && !VOWELS.includes(ch);
}

/** "plug" → "plugg": the final consonant doubled before -ed/-ing, for consonant-vowel-consonant endings. */
function doubled(word: string): string | undefined {
  const n = word.length;
  if (n < 2) return undefined;
  const last = word[n - 1]!;
  if (!isConsonant(last) || 'wxy'.includes(last)) return undefined;
  if (!VOWELS.includes(word[n - 2]!)) return undefined;
  if (n >= 3 && VOWELS.includes(word[n - 3]!)) return undefined;
  return word + last;
}

function regularForms(word: string): string[] {
  const forms: string[] = [];
  const last = word[word.length - 1];
  const beforeLast = word[word.length - 2];
  // -s / plural
  if (/(s|x|z|ch|sh|o)$/.test(word)) forms.push(word + 'es');
  if (last === 'y' && isConsonant(beforeLast)) forms.push(word.slice(0, -1) + 'ies');
  else forms.push(word + 's');
  if (word.endsWith('fe')) forms.push(word.slice(0, -2) + 'ves');
  else if (last === 'f') forms.push(word.slice(0, -1) + 'ves');
  if (word.endsWith('man')) forms.push(word.slice(0, -3) + 'men');
  // past
  if (last === 'e') forms.push(word + 'd');
  else if (last === 'y' && isConsonant(beforeLast)) forms.push(word.slice(0, -1) + 'ied');
  else forms.push(word + 'ed');
  if (last === 'c') forms.push(word + 'ked', word + 'king');
  // -ing
  if (word.endsWith('ie')) forms.push(word.slice(0, -2) + 'ying');
  else if (last === 'e' && word.length > 2 && !/(ee|ye|oe)$/.test(word)) forms.push(word.slice(0, -1) + 'ing', word + 'ing');
  else forms.push(word + 'ing');
  const double = doubled(word);
  if (double) forms.push(double + 'ed', double + 'ing');
  return forms;
}

/** Irregular forms back to their base word, so that `made+` means the same as `make+`. */
const BASE_OF_IRREGULAR = new Map<string, string>();
for (const [base, forms] of Object.entries(IRREGULAR)) {
  for (const form of forms) if (/^[a-z]+$/.test(form) && !BASE_OF_IRREGULAR.has(form)) BASE_OF_IRREGULAR.set(form, base);
}

/** Every form of a lemma, the lemma first. A trainer may write any form of an irregular verb. */
export function inflections(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const base = BASE_OF_IRREGULAR.get(lemma);
  if (base !== undefined) for (const form of inflections(base)) forms.add(form);
  for (const form of IRREGULAR[lemma] ?? []) forms.add(form);
  if (/^[a-z]+$/.test(lemma)) for (const form of regularForms(lemma)) forms.add(form);
  return [...forms];
}
