/** Where Reframe runs and how it reads notes: site lists, sites switched off, the child setting, reset. */

import { useEffect, useState } from 'preact/hooks';
import type { RuleState } from '../../extension/rule-state.js';
import { matchPatternProblem } from '../../rules/policy.js';
import { DEFAULT_USER_SETTINGS, type SiteLists, type UserSettings } from '../../rules/settings.js';
import type { SubjectIsChild } from '../../rules/types.js';
import { Switch } from '../Switch.js';
import { saveUserSettings } from '../save.js';

const toLines = (list: readonly string[]) => list.join('\n');
const fromLines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

function listProblems(text: string): string[] {
  return fromLines(text).flatMap((pattern, i) => {
    const problem = matchPatternProblem(pattern);
    return problem ? [`Line ${i + 1}: ${problem}`] : [];
  });
}

export function SitesPanel({ state }: { state: RuleState }) {
  const { user, settings, policy } = state;
  const save = (change: Partial<UserSettings>) => void saveUserSettings({ ...user, ...change });
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites and behaviour</h2>
      {settings.locks.enabled || settings.locks.disable ? (
        <p class="quiet">{settings.enabled ? 'Reframe is on: your organisation keeps it on.' : 'Your organisation has switched Reframe off.'}</p>
      ) : (
        <Switch label="Reframe is on" checked={user.enabled} onChange={(enabled) => save({ enabled })} />
      )}
      <SiteListsForm user={user} policySites={policy.sites} locked={settings.locks.disable} onSave={(sites) => save({ sites })} />
      {user.disabledSites.length > 0 && !settings.locks.disable && (
        <>
          <h3>Sites you switched off</h3>
          <ul>
            {user.disabledSites.map((host) => (
              <li>
                {host}{' '}
                <button type="button" onClick={() => save({ disabledSites: user.disabledSites.filter((h) => h !== host) })} aria-label={`Switch back on: ${host}`}>
                  Switch back on
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        <label for="subject-is-child">Who the notes are about</label>
      </h3>
      <select
        id="subject-is-child"
        value={settings.subjectIsChild}
        disabled={settings.locks.subjectIsChild}
        aria-describedby="subject-is-child-help"
        onChange={(e) => save({ subjectIsChild: e.currentTarget.value as SubjectIsChild })}
      >
        <option value="detect">Work out from each note whether it is about a child</option>
        <option value="always">Always treat notes as being about a child</option>
      </select>
      <p id="subject-is-child-help" class="quiet">
        {settings.locks.subjectIsChild
          ? 'Set by your organisation.'
          : 'Some rules apply only to children. Children’s services teams can choose “always” so that these rules apply even when a note does not mention age.'}
      </p>
      <h3>Start again</h3>
      <p class="quiet">Puts every setting on this page, and every rule switch, back as it was when Reframe was installed. Your own rule packs are kept.</p>
      <button
        type="button"
        onClick={() => {
          if (confirm('Reset all settings and rule switches to their defaults? Your own rule packs are kept.')) void saveUserSettings(structuredClone(DEFAULT_USER_SETTINGS));
        }}
      >
        Reset settings to defaults
      </button>
    </section>
  );
}

function SiteListsForm({ user, policySites, locked, onSave }: { user: UserSettings; policySites: Partial<SiteLists> | undefined; locked: boolean; onSave(sites: SiteLists): void }) {
  const [allow, setAllow] = useState(toLines(user.sites.allow));
  const [block, setBlock] = useState(toLines(user.sites.block));
  // Saved lists from elsewhere (another tab, a reset) replace what is shown.
  useEffect(() => setAllow(toLines(user.sites.allow)), [user.sites.allow.join('\n')]);
  useEffect(() => setBlock(toLines(user.sites.block)), [user.sites.block.join('\n')]);
  const allowProblems = listProblems(allow);
  const blockProblems = listProblems(block);
  const changed = allow !== toLines(user.sites.allow) || block !== toLines(user.sites.block);
  const valid = allowProblems.length === 0 && blockProblems.length === 0;
  return (
    <form
      class="site-lists"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSave({ allow: fromLines(allow), block: fromLines(block) });
      }}
    >
      <h3>Where Reframe runs</h3>
      <p class="quiet">
        One match pattern per line, such as <code>https://*.example.org/*</code>. Reframe runs on pages that match the first list and none of the second.
      </p>
      {policySites?.allow ? (
        <PolicyList label="Sites your organisation chose" patterns={policySites.allow} />
      ) : (
        <PatternList id="sites-allow" label="Run on" value={allow} problems={allowProblems} onInput={setAllow} />
      )}
      {policySites?.block && policySites.block.length > 0 && <PolicyList label="Sites your organisation leaves out" patterns={policySites.block} />}
      {!locked && <PatternList id="sites-block" label="Never run on" value={block} problems={blockProblems} onInput={setBlock} />}
      <button type="submit" disabled={!changed || !valid}>
        Save site lists
      </button>
    </form>
  );
}

function PolicyList({ label, patterns }: { label: string; patterns: readonly string[] }) {
  return (
    <div>
      <p>{label} (set by your organisation):</p>
      <ul>
        {patterns.map((p) => (
          <li>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PatternList({ id, label, value, problems, onInput }: { id: string; label: string; value: string; problems: string[]; onInput(value: string): void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={4} value={value} spellcheck={false} aria-invalid={problems.length > 0} aria-describedby={`${id}-problems`} onInput={(e) => onInput(e.currentTarget.value)} />
      <ul id={`${id}-problems`} class="problems" aria-live="polite">
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
    </div>
  );
}
