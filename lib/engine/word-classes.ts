/**
 * The word classes a pattern can name in braces, e.g. `{reflexive}`. A member may be several words
 * ("young person"). Members are written as staff type them; the scanner normalises them like text.
 */

export interface WordClass {
  description: string;
  members: readonly string[];
}

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const NUMBER_WORDS_UNDER_18 = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
];

export const WORD_CLASSES: Readonly<Record<string, WordClass>> = {
  reflexive: {
    description: 'reflexive pronouns: herself, himself, themselves, themself…',
    members: ['herself', 'himself', 'themselves', 'themself', 'theirselves', 'hisself', 'myself', 'yourself', 'ourselves'],
  },
  pronoun: {
    description: 'personal pronouns in any role: she, her, he, him, they, them…',
    members: ['she', 'her', 'he', 'him', 'they', 'them', 'i', 'me', 'you', 'we', 'us'],
  },
  subject: {
    description: 'subject pronouns: she, he, they, I, you, we',
    members: ['she', 'he', 'they', 'i', 'you', 'we'],
  },
  object: {
    description: 'object pronouns: her, him, them, me, you, us',
    members: ['her', 'him', 'them', 'me', 'you', 'us'],
  },
  possessive: {
    description: 'possessive determiners: her, his, their, my, your, our',
    members: ['her', 'his', 'their', 'my', 'your', 'our'],
  },
  child: {
    description: 'words for a child or young person: child, girl, boy, YP, CYP, pupil, teenager…',
    members: [
      'child', 'children', 'girl', 'girls', 'boy', 'boys', 'yp', 'yps', 'cyp', 'young person', 'young people',
      'teenager', 'teenagers', 'teen', 'teens', 'minor', 'minors', 'pupil', 'pupils', 'schoolgirl', 'schoolgirls',
      'schoolboy', 'schoolboys', 'juvenile', 'juveniles', 'kid', 'kids', 'youngster', 'youngsters', 'adolescent',
      'adolescents', 'infant', 'baby', 'toddler', 'u18', 'under 18', 'under 16', 'under 13', 'looked after child',
      'child in care', 'care leaver',
    ],
  },
  adult: {
    description: 'words for an adult: adult, man, men, male, older male…',
    members: [
      'adult', 'adults', 'man', 'men', 'male', 'males', 'older male', 'older males', 'older man', 'older men',
      'grown man', 'grown men', 'adult male', 'adult males', 'older female', 'older females', 'older woman',
      'older women', 'adult female', 'adult females',
    ],
  },
  partner: {
    description: 'words for a partner or former partner: partner, ex, husband, wife, boyfriend…',
    members: [
      'partner', 'partners', 'ex-partner', 'ex', 'husband', 'wife', 'spouse', 'boyfriend', 'girlfriend',
      'ex-boyfriend', 'ex-girlfriend', 'ex-husband', 'ex-wife', 'fiance', 'fiancee', 'fiancé', 'fiancée',
    ],
  },
  'minor-age': {
    description: 'an age under 18, in figures or words: 0–17, one–seventeen',
    members: [...range(0, 17), ...NUMBER_WORDS_UNDER_18],
  },
  'adult-age': {
    description: 'an age from 18 to 99 in figures, or a decade such as 20s or twenties',
    members: [...range(18, 99), '20s', '30s', '40s', '50s', '60s', 'twenties', 'thirties', 'forties', 'fifties', 'sixties'],
  },
  'school-year': {
    description: 'school years 1 to 13 (with "year" before them in a pattern)',
    members: range(1, 13),
  },
  be: {
    description: 'forms of "be": is, are, was, were, been, being, \'s…',
    members: ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", "'m"],
  },
  have: {
    description: 'forms of "have": has, have, had, having, \'s, \'ve, \'d',
    members: ['have', 'has', 'had', 'having', "'ve", "'s", "'d"],
  },
  app: {
    description: 'social and dating apps: Snapchat, Instagram, WhatsApp, Tinder, Grindr…',
    members: [
      'snapchat', 'snap', 'instagram', 'insta', 'whatsapp', 'tiktok', 'facebook', 'messenger', 'discord', 'telegram',
      'kik', 'omegle', 'twitter', 'tinder', 'hinge', 'grindr', 'bumble', 'badoo', 'onlyfans', 'roblox',
      'fortnite', 'xbox', 'playstation', 'wizz', 'yubo',
    ],
  },
  negation: {
    description: 'negating words: not, never, no, didn\'t, wasn\'t, cannot…',
    members: [
      'not', 'never', 'no', 'nor', 'neither', 'none', 'nobody', 'nothing', 'without', 'cannot', "can't", "couldn't", "didn't", "doesn't", "don't",
      "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "shouldn't",
    ],
  },
};

export const WORD_CLASS_NAMES = Object.keys(WORD_CLASSES);
