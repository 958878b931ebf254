/**
 * The options page, for trainers: the rules in use with their switches, the rule editor, rule packs,
 * and where Reframe runs. It follows storage, so a change made anywhere shows here at once.
 */

import { useState } from 'preact/hooks';
import type { RuleState } from '../../extension/rule-state.js';
import { FIRST_PERSONAL_PACK, removeRule } from '../../rules/personal-packs.js';
import { draftFromRule, EMPTY_DRAFT } from '../../rules/rule-draft.js';
import { ManagedNotice } from '../ManagedNotice.js';
import { useRuleState } from '../use-rule-state.js';
import { PacksPanel } from './PacksPanel.js';
import { RuleEditor, type EditTarget } from './RuleEditor.js';
import { RulesPanel } from './RulesPanel.js';
import { savePersonalPacks } from '../save.js';
import { SitesPanel } from './SitesPanel.js';

export function OptionsApp() {
  const state = useRuleState();
  const [editing, setEditing] = useState<EditTarget>();
  if (!state) return <p role="status">Loading your settings…</p>;
  const firstPackId = state.personalPacks[0]?.id ?? FIRST_PERSONAL_PACK.id;

  return (
    <main class="options">
      <header>
        <h1>Reframe options</h1>
        <p class="quiet">Rules, rule packs and where Reframe runs. Nothing you write in your notes is stored or sent anywhere.</p>
      </header>
      <Notices state={state} />
      {editing ? (
        <RuleEditor
          state={state}
          target={editing}
          onClose={() => {
            setEditing(undefined);
            // Back in the list, keyboard and screen reader users start from the rules heading.
            requestAnimationFrame(() => document.getElementById('rules-heading')?.focus());
          }}
        />
      ) : (
        <>
          <nav aria-label="Sections">
            <a href="#rules-heading">Rules</a> · <a href="#packs-heading">Rule packs</a> · <a href="#sites-heading">Sites and behaviour</a>
          </nav>
          <RulesPanel
            state={state}
            onNew={() => setEditing({ packId: firstPackId, draft: EMPTY_DRAFT })}
            onDuplicate={(rule) =>
              setEditing({
                packId: firstPackId,
                draft: draftFromRule(rule),
                note: `This is your copy of “${rule.title}”. While it keeps the id ${rule.id}, it takes the place of the original.`,
              })
            }
            onEdit={(pack, rule) => setEditing({ packId: pack.id, editing: rule.id, draft: draftFromRule(rule) })}
            onDelete={(pack, rule) => {
              if (confirm(`Delete the rule “${rule.title}” from “${pack.name}”?`)) void savePersonalPacks(removeRule(state.personalPacks, pack.id, rule.id));
            }}
          />
          <PacksPanel state={state} />
          <SitesPanel state={state} />
        </>
      )}
    </main>
  );
}

/** What the person should know first: the organisation's part, and anything that could not be read. */
function Notices({ state }: { state: RuleState }) {
  return (
    <>
      {state.settings.managed && <ManagedNotice />}
      {state.policyProblems.length > 0 && (
        <div class="notice problem" role="alert">
          <p>Part of your organisation's settings for Reframe could not be used. Everything else applies. Your IT team can correct these:</p>
          <ul>
            {state.policyProblems.map((p) => (
              <li>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {state.userProblems.length > 0 && (
        <div class="notice problem" role="alert">
          <ul>
            {state.userProblems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
