/** The pattern language at a glance, beside the patterns field of the rule editor. */

import { WORD_CLASSES } from '../../engine/word-classes.js';

const SYNTAX: readonly [string, string][] = [
  ['put herself at risk', 'these words in this order, in any case, with any spaces or line breaks between them'],
  ['(risk|danger)', 'one of the alternatives'],
  ['(very)?', 'an optional word or group'],
  ['sent ~3 images', 'up to 3 other words in between'],
  ['{reflexive}', 'any word of a class (listed below)'],
  ['put+', 'the word inflected: put, puts, putting; place+ matches places, placed, placing; nouns match their plurals'],
  ['{reflexive}=self', 'remembers the matched word as "self" for the suggestions: {self|object} gives her, him or them'],
  ['\\(', 'a bracket or other special character as itself'],
];

export function PatternHelp() {
  return (
    <details class="pattern-help">
      <summary>Pattern help</summary>
      <p>Patterns match whole words, never parts of words. UK and US spellings both match.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Write</th>
            <th scope="col">To match</th>
          </tr>
        </thead>
        <tbody>
          {SYNTAX.map(([example, meaning]) => (
            <tr>
              <td>
                <code>{example}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Word classes:</p>
      <ul class="word-classes">
        {Object.entries(WORD_CLASSES).map(([name, wordClass]) => (
          <li>
            <code>{`{${name}}`}</code>: {wordClass.description}
          </li>
        ))}
      </ul>
    </details>
  );
}
