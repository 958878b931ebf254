/**
 * A box to try the rule being edited on sample text: its marks appear as one types, found by the same
 * engine the pages use, with only this rule.
 */

import { useState } from 'preact/hooks';
import type { Checker } from '../../engine/checker.js';
import type { SubjectIsChild } from '../../rules/types.js';
import { findingLabel } from '../severity.js';
import { countOf } from '../count.js';

export function RuleTester({ checker, subjectIsChild }: { checker: Checker | undefined; subjectIsChild: SubjectIsChild }) {
  const [text, setText] = useState('');
  const findings = checker ? checker.check(text) : [];
  // The checker was compiled with every overlap kept; the tester shows each phrase once.
  const parts: preact.JSX.Element[] = [];
  let at = 0;
  for (const finding of findings) {
    if (finding.start < at) continue;
    parts.push(<>{text.slice(at, finding.start)}</>);
    parts.push(
      <mark class={finding.quoted ? 'quoted' : finding.severity} title={findingLabel(finding)}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(<>{text.slice(at)}</>);
  const count = findings.length;
  return (
    <div class="tester">
      <label for="tester-text">Try the rule: type or paste sample text</label>
      <textarea id="tester-text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-describedby="tester-summary" />
      <p id="tester-summary" role="status" class="quiet">
        {!checker
          ? 'The rule has problems to fix before it can be tried.'
          : text.trim() === ''
            ? `Marks appear below as you type${subjectIsChild === 'always' ? ' (notes are treated as being about a child)' : ''}.`
            : count === 0
              ? 'Nothing marked.'
              : `${countOf(count, 'phrase')} marked.`}
      </p>
      <div class="tester-preview" aria-label="Sample text with the rule's marks">
        {parts}
      </div>
    </div>
  );
}
