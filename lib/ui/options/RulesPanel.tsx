/** The rules in use: searchable, filterable, each with its switch and a way to adapt it. */

import { useMemo, useState } from 'preact/hooks';
import type { RuleState } from '../../extension/rule-state.js';
import { ruleIsOn, switchRule } from '../../rules/rule-switches.js';
import { SEVERITIES, type Rule, type RulePack } from '../../rules/types.js';
import { SEVERITY_LABEL } from '../severity.js';
import { Switch } from '../Switch.js';
import { listedRules, SOURCE_LABEL, type ListedRule } from './rule-sources.js';
import { saveUserSettings } from '../save.js';

export interface RulesPanelProps {
  state: RuleState;
  onNew(): void;
  onDuplicate(rule: Rule): void;
  onEdit(pack: RulePack, rule: Rule): void;
  onDelete(pack: RulePack, rule: Rule): void;
}

type OnOff = 'all' | 'on' | 'off';

function matchesSearch(rule: Rule, search: string): boolean {
  if (search === '') return true;
  const haystack = [rule.id, rule.title, rule.category, rule.explanation, ...rule.patterns, ...rule.suggestions].join('\n').toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

export function RulesPanel({ state, onNew, onDuplicate, onEdit, onDelete }: RulesPanelProps) {
  const [search, setSearch] = useState('');
  const [packId, setPackId] = useState('');
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState('');
  const [onOff, setOnOff] = useState<OnOff>('all');
  const rules = useMemo(() => listedRules(state), [state]);
  // A person's pack may share its id with a built-in one (an exported pack imported back): tell them apart by source.
  const packKey = (listed: ListedRule) => `${listed.source}:${listed.pack.id}`;
  const packs = [...new Map(rules.map((r) => [packKey(r), r])).values()];
  const categories = [...new Set(rules.map((r) => r.rule.category))].sort();
  const { settings, user } = state;
  const shown = rules.filter(
    (listed) =>
      (packId === '' || packKey(listed) === packId) &&
      (category === '' || listed.rule.category === category) &&
      (severity === '' || listed.rule.severity === severity) &&
      (onOff === 'all' || ruleIsOn(listed.rule, settings, user) === (onOff === 'on')) &&
      matchesSearch(listed.rule, search.trim()),
  );

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading" tabIndex={-1}>
        Rules
      </h2>
      {settings.locks.disable && <p class="notice">Your organisation decides which rules are on, so the rules have no switches here.</p>}
      {!settings.locks.userRules && (
        <button type="button" onClick={onNew}>
          Write a new rule
        </button>
      )}
      <div class="filters" role="search" aria-label="Filter rules">
        <div class="filter">
          <label for="filter-search">Search</label>
          <input id="filter-search" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </div>
        <FilterSelect
          id="filter-pack"
          label="Pack"
          value={packId}
          onChange={setPackId}
          options={[['', 'All packs'], ...packs.map((listed): [string, string] => [packKey(listed), listed.source === 'personal' ? `${listed.pack.name} (yours)` : listed.pack.name])]}
        />
        <FilterSelect id="filter-category" label="Category" value={category} onChange={setCategory} options={[['', 'All categories'], ...categories.map((c): [string, string] => [c, c])]} />
        <FilterSelect id="filter-severity" label="Severity" value={severity} onChange={setSeverity} options={[['', 'All severities'], ...SEVERITIES.map((s): [string, string] => [s, SEVERITY_LABEL[s]])]} />
        <FilterSelect
          id="filter-state"
          label="Showing"
          value={onOff}
          onChange={(value) => setOnOff(value as OnOff)}
          options={[
            ['all', 'Rules on and off'],
            ['on', 'Rules on'],
            ['off', 'Rules off'],
          ]}
        />
      </div>
      <p role="status" class="quiet">
        Showing {shown.length} of {rules.length} rules.
      </p>
      <ul class="rule-list">
        {shown.map((listed) => (
          <RuleRow key={`${packKey(listed)}/${listed.rule.id}`} listed={listed} state={state} onDuplicate={onDuplicate} onEdit={onEdit} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}

/** One of the list's filters: a labelled choice among [value, label] options. */
function FilterSelect({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange(value: string): void; options: [string, string][] }) {
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option value={optionValue}>{optionLabel}</option>
        ))}
      </select>
    </div>
  );
}

function RuleRow({ listed, state, onDuplicate, onEdit, onDelete }: { listed: ListedRule; state: RuleState } & Pick<RulesPanelProps, 'onDuplicate' | 'onEdit' | 'onDelete'>) {
  const { rule, pack, source, replacedBy } = listed;
  const { settings, user } = state;
  const on = ruleIsOn(rule, settings, user);
  const byOrganisation = settings.policyDisabledRules.has(rule.id);
  return (
    <li class={`rule-row ${rule.severity}`} aria-labelledby={`rule-${source}-${pack.id}-${rule.id}`}>
      <div class="rule-main">
        <h3 id={`rule-${source}-${pack.id}-${rule.id}`}>{rule.title}</h3>
        <p class="quiet">
          {SEVERITY_LABEL[rule.severity]} · {rule.category} · {pack.name} ({SOURCE_LABEL[source]}) · <code>{rule.id}</code>
        </p>
        {replacedBy && <p class="quiet">Not used: the rule with the same id in “{replacedBy.name}” takes its place.</p>}
        <details>
          <summary>What it looks for and why</summary>
          <p>{rule.explanation}</p>
          <p class="try">Patterns</p>
          <ul>
            {rule.patterns.map((p) => (
              <li>
                <code>{p}</code>
              </li>
            ))}
          </ul>
          <p class="try">Suggestions</p>
          <ul>
            {rule.suggestions.map((s) => (
              <li>{s}</li>
            ))}
          </ul>
        </details>
      </div>
      <div class="rule-actions">
        {byOrganisation ? (
          <p class="quiet">Off: switched off by your organisation</p>
        ) : settings.locks.disable ? (
          <p class="quiet">{on ? 'On' : 'Off'}</p>
        ) : (
          <Switch label="On" accessibleName={`${rule.title} (${rule.id}) on`} checked={on} onChange={(next) => void saveUserSettings(switchRule(user, rule, next))} />
        )}
        {!settings.locks.userRules && source !== 'personal' && (
          <button type="button" onClick={() => onDuplicate(rule)} aria-label={`Duplicate to adapt: ${rule.title}`}>
            Duplicate to adapt
          </button>
        )}
        {source === 'personal' && (
          <>
            <button type="button" onClick={() => onEdit(pack, rule)} aria-label={`Edit ${rule.title}`}>
              Edit
            </button>
            <button type="button" onClick={() => onDelete(pack, rule)} aria-label={`Delete ${rule.title}`}>
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
