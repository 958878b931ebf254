// Generates realistic case-note text of any size, the same every run (seeded), for the benchmark.
// Most sentences are ordinary record keeping; some carry the phrases the rules look for.

const NAMES = ['Amy', 'Jordan', 'Kayla', 'Tyler', 'Leah', 'Callum', 'Mia', 'Reece', 'Chloe', 'Kai'];
const PLACES = ['the park', 'a flat on Mill Street', 'the retail park', 'school', 'her nan\'s address', 'the station', 'a hotel in town'];
const ORDINARY = [
  '{name} attended the review meeting with their social worker.',
  'Home visit completed at 14:30; mum and {name} were present.',
  'I spoke with the designated safeguarding lead at {place} about attendance.',
  'Strategy discussion held with police, health and education.',
  '{name} has been reported missing twice this month and was found at {place}.',
  'Return home interview offered; {name} agreed to meet on Thursday.',
  'The GP has been asked for an update on the referral to CAMHS.',
  'Phone records show contact with an unknown adult male in his 30s.',
  '{name}, aged {age}, was seen alone and appeared tired but engaged well.',
  'A risk assessment was completed and shared with partner agencies.',
  'Mum reports that {name} has new clothes and a phone she did not buy.',
  'Police were informed and a crime reference was recorded.',
  'Next steps: MASH referral, school liaison and a follow-up visit.',
];
const CONCERNING = [
  '{name} has been putting herself at risk by going to {place}.',
  '{name} is sexually active with an older boyfriend who is 24.',
  'She consented to the images being shared.',
  '{name} chose to send the pictures.',
  'He is involved in county lines and working for a local dealer.',
  'She keeps going back to them despite being warned.',
  'Mum describes a volatile relationship and says he lost his temper.',
  '{name} was sexting an adult male she met on Snapchat.',
  'There are concerns about risky behaviour and her chaotic lifestyle.',
  'She was very drunk and had been flirting with him.',
];

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly `bytes` characters of notes, in paragraphs, ending on a whole sentence. */
export function caseNotes(bytes, seed = 1) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Joined once at the end: a flat string, as a field's value is (not a rope of concatenations).
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const template = random() < 0.15 ? pick(CONCERNING) : pick(ORDINARY);
    const sentence = template.replace(/\{name\}/g, pick(NAMES)).replace(/\{place\}/g, pick(PLACES)).replace(/\{age\}/g, String(12 + Math.floor(random() * 6)));
    const gap = random() < 0.2 ? '\n\n' : ' ';
    parts.push(sentence, gap);
    length += sentence.length + gap.length;
  }
  return parts.join('').slice(0, bytes);
}
