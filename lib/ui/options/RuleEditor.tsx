/**
 * The rule editor: every field of the rule format, each with its problems beside it as one types, a
 * tester that marks sample text with the rule being written, and its examples with pass or fail.
 * Saving is possible only when the rule has no problems; leaving with unsaved changes asks first.
 */

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RuleState } from '../../extension/rule-state.js';
import { FIRST_PERSONAL_PACK, saveRule } from '../../rules/personal-packs.js';
import { checkDraft, type DraftCheck, type DraftField, type DraftProblem, type RuleDraft } from '../../rules/rule-draft.js';
import { SEVERITIES } from '../../rules/types.js';
import { SEVERITY_LABEL } from '../severity.js';
import { PatternHelp } from './PatternHelp.js';
import { RuleTester } from './RuleTester.js';
import { savePersonalPacks } from '../save.js';
import { countOf } from '../count.js';

export interface EditTarget {
  /** The personal pack the rule is saved into. */
  packId: string;
  /** The rule's id when editing began, for a rule already in that pack. */
  editing?: string;
  draft: RuleDraft;
  /** Why the draft starts as it does (a copy of a built-in rule, say). */
  note?: string;
}

export function RuleEditor({ state, target, onClose }: { state: RuleState; target: EditTarget; onClose(): void }) {
  const [draft, setDraft] = useState(target.draft);
  const [packId, setPackId] = useState(target.packId);
  const [saving, setSaving] = useState(false);
  /** Problems show once a field has been changed, or everywhere after a try to save. */
  const [touched, setTouched] = useState<ReadonlySet<DraftField> | 'all'>(new Set());
  const dirty = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, []);

  const personalPacks = state.personalPacks.length > 0 ? state.personalPacks : [FIRST_PERSONAL_PACK];
  const pack = personalPacks.find((p) => p.id === packId) ?? { ...FIRST_PERSONAL_PACK, id: packId };
  const base = state.personalBase;
  const signalNames = [...new Set(base.flatMap((p) => Object.keys(p.signals ?? {})))].sort();
  const otherRules = pack.rules.filter((r) => r.id !== target.editing || packId !== target.packId);
  const check = useMemo(() => checkDraft(draft, { id: pack.id, otherRules }, base, state.settings.subjectIsChild), [draft, pack, base, state.settings.subjectIsChild]);
  const problemsOf = (field: DraftField) => (touched === 'all' || touched.has(field) ? check.problems.filter((p) => p.field === field) : []);

  const update = (field: DraftField, value: string | boolean) => {
    dirty.current = true;
    setTouched((current) => (current === 'all' ? current : new Set(current).add(field)));
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const close = () => {
    if (dirty.current && !confirm('Leave without saving? Your changes to this rule will be lost.')) return;
    dirty.current = false;
    onClose();
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    if (check.problems.length > 0) {
      setTouched('all');
      // The first field with a problem, so that keyboard and screen reader users land on it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.rule-editor [aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    await savePersonalPacks(saveRule(state.personalPacks, pack.id, check.rule, packId === target.packId ? target.editing : undefined));
    dirty.current = false;
    onClose();
  };

  const field = { draft, update, problemsOf };
  return (
    <form class="rule-editor" onSubmit={(e) => void save(e)} noValidate>
      <h2 tabIndex={-1} ref={heading}>
        {target.editing ? `Edit “${target.draft.title}”` : 'New rule'}
      </h2>
      {target.note && <p class="notice">{target.note}</p>}
      <div class="editor-columns">
        <div class="editor-form">
          <div class="field">
            <label for="rule-pack">Save into</label>
            <select id="rule-pack" value={packId} onChange={(e) => setPackId(e.currentTarget.value)}>
              {personalPacks.map((p) => (
                <option value={p.id}>{p.name}</option>
              ))}
            </select>
          </div>
          <TextField {...field} name="title" label="Title" hint="The card's heading: the phrase in a few words." />
          <TextField {...field} name="id" label="Id" hint="Lower-case letters, digits and hyphens, such as my-put-self-at-risk. A rule with the id of a built-in rule takes its place." />
          <TextField {...field} name="category" label="Category" hint="Lower-case and hyphenated, such as general-responsibility-shifting." />
          <div class="field">
            <label for="rule-severity">Severity</label>
            <select id="rule-severity" value={draft.severity} onChange={(e) => update('severity', e.currentTarget.value)}>
              {SEVERITIES.map((s) => (
                <option value={s}>{SEVERITY_LABEL[s]}</option>
              ))}
            </select>
          </div>
          <TextField {...field} name="patterns" label="Patterns" lines hint="One pattern per line; any of them makes a match." />
          <PatternHelp />
          <TextField {...field} name="exceptions" label="Exceptions (optional)" lines hint="Patterns, one per line: a match that overlaps one of these is not marked." />
          <TextField {...field} name="needs" label="Needs (optional)" lines hint={`Context the phrase needs nearby, one per line; on one line, "child | adult" means either will do. Known: ${signalNames.join(', ')}.`} />
          <TextField {...field} name="unless" label="Unless (optional)" lines hint="Context that cancels the match when present, in the same form." />
          <div class="field">
            <label for="rule-negation">After a negation (“did not consent”)</label>
            <select id="rule-negation" value={draft.negation} onChange={(e) => update('negation', e.currentTarget.value)}>
              <option value="suppress">Do not mark</option>
              <option value="ignore">Mark anyway</option>
            </select>
          </div>
          <div class="field">
            <label for="rule-attribution">After “she said”, “in interview”…</label>
            <select id="rule-attribution" value={draft.attribution} onChange={(e) => update('attribution', e.currentTarget.value)}>
              <option value="quiet">Mark quietly, as someone else's words</option>
              <option value="ignore">Mark as the writer's own words</option>
            </select>
          </div>
          <TextField {...field} name="explanation" label="Explanation" multiline hint="One to three calm sentences to a colleague: what the phrase can imply, and the principle." />
          <TextField {...field} name="suggestions" label="Suggestions" lines hint="One per line. {self|object} and the like reuse a captured word." />
          <TextField {...field} name="source" label="Source" hint="The guidance this rests on: a title and an address." />
          <TextField {...field} name="reviewed" label="Last reviewed (optional)" hint="A date such as 2026-11-28." />
          <label class="checkbox">
            <input type="checkbox" checked={draft.enabled} onChange={(e) => update('enabled', e.currentTarget.checked)} /> Switched on when the pack is first used
          </label>
        </div>
        <div class="editor-side">
          <RuleTester checker={check.checker} subjectIsChild={state.settings.subjectIsChild} />
          <Examples {...field} check={check} />
        </div>
      </div>
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={saving} aria-describedby="save-state">
          Save rule
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
        <p id="save-state" role="status" class="quiet">
          {check.problems.length === 0 ? 'Ready to save.' : `${countOf(check.problems.length, 'thing')} to fix before the rule can be saved.`}
        </p>
      </div>
    </form>
  );
}

interface FieldProps {
  draft: RuleDraft;
  update(field: DraftField, value: string): void;
  problemsOf(field: DraftField): DraftProblem[];
}

function Problems({ id, problems }: { id: string; problems: DraftProblem[] }) {
  return (
    <ul id={id} class="problems">
      {problems.map((p) => (
        <li>
          {p.line !== undefined && `Line ${p.line}: `}
          {p.message}
        </li>
      ))}
    </ul>
  );
}

function TextField({ draft, update, problemsOf, name, label, hint, lines, multiline }: FieldProps & { name: DraftField; label: string; hint: string; lines?: boolean; multiline?: boolean }) {
  const id = `rule-${name}`;
  const problems = problemsOf(name);
  const value = String(draft[name]);
  const common = {
    id,
    value,
    spellcheck: !lines,
    'aria-invalid': problems.length > 0,
    'aria-describedby': `${id}-hint ${id}-problems`,
    onInput: (e: Event) => update(name, (e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {lines || multiline ? <textarea rows={lines ? Math.min(8, Math.max(2, value.split('\n').length + 1)) : 3} {...common} /> : <input type="text" {...common} />}
      <p id={`${id}-hint`} class="hint quiet">
        {hint}
      </p>
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

function Examples({ draft, update, problemsOf, check }: FieldProps & { check: DraftCheck }) {
  return (
    <div class="examples">
      {(['flag', 'pass'] as const).map((expected) => {
        const outcomes = check.examples.filter((e) => e.expected === expected);
        return (
          <div>
            <TextField
              draft={draft}
              update={update}
              problemsOf={() => problemsOf(expected).filter((p) => p.line === undefined)}
              name={expected}
              label={expected === 'flag' ? 'Examples it must mark' : 'Examples it must not mark'}
              hint="One per line, at least two. They are the rule's own tests."
              lines
            />
            <ul class="example-results" aria-label={expected === 'flag' ? 'Results for the examples to mark' : 'Results for the examples to leave alone'}>
              {outcomes.map((outcome) => (
                <li class={outcome.ok ? 'ok' : 'failed'}>
                  <span class="result">{outcome.ok ? '✓ as expected' : expected === 'flag' ? '✗ not marked' : '✗ marked'}</span> {outcome.text}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
