/**
 * Rule packs: built in, the organisation's (read-only), and the person's own. Importing validates the
 * file first and changes nothing if anything is wrong; exporting writes a file that imports back as is.
 */

import { useState } from 'preact/hooks';
import type { RemotePackRecord, RuleState } from '../../extension/rule-state.js';
import { packFileName, packFileText, readPackFile } from '../../rules/pack-file.js';
import { putPack, removePack } from '../../rules/personal-packs.js';
import type { RulePack } from '../../rules/types.js';
import { download } from './download.js';
import { sourcedPacks, SOURCE_LABEL, type SourcedPack } from './rule-sources.js';
import { savePersonalPacks } from '../save.js';
import { countOf } from '../count.js';

type ImportOutcome = { kind: 'done'; message: string } | { kind: 'refused'; fileName: string; problems: string[] };

const formatDate = (time: number) => new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function PacksPanel({ state }: { state: RuleState }) {
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const packs = sourcedPacks(state);
  const personal = state.personalPacks;

  const importFile = async (file: File) => {
    const result = readPackFile(file.name, await file.text(), state.personalBase);
    if (!result.pack) return setOutcome({ kind: 'refused', fileName: file.name, problems: result.problems });
    const replacing = personal.some((p) => p.id === result.pack.id);
    await savePersonalPacks(putPack(personal, result.pack));
    setOutcome({
      kind: 'done',
      message: `${replacing ? 'Replaced your pack' : 'Imported'} “${result.pack.name}” with ${countOf(result.pack.rules.length, 'rule')}.`,
    });
  };

  const remove = (pack: RulePack) => {
    if (!confirm(`Delete your pack “${pack.name}” and its ${pack.rules.length} rules? Export it first if you may want it again.`)) return;
    void savePersonalPacks(removePack(personal, pack.id));
  };

  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">Rule packs</h2>
      {state.settings.locks.userRules ? (
        <p class="notice">Your organisation does not use personal rule packs, so importing is not available.</p>
      ) : (
        <div class="import">
          <label for="import-pack">Import a rule pack (a .json file)</label>
          <input
            id="import-pack"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      )}
      {outcome?.kind === 'done' && (
        <p class="notice" role="status">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div class="notice problem" role="alert">
          <p>
            {outcome.fileName} was not imported, and nothing was changed. {outcome.problems.length === 1 ? 'There is 1 problem' : `There are ${outcome.problems.length} problems`}:
          </p>
          <ul class="problems">
            {outcome.problems.map((problem) => (
              <li>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <ul class="pack-list">
        {packs.map((sourced) => (
          <PackRow sourced={sourced} record={state.remotePacks.find((r) => r.pack === sourced.pack)} onRemove={remove} />
        ))}
        {state.remotePacks
          .filter((record) => !record.pack)
          .map((record) => (
            <li class="pack-row">
              <h3>{record.url}</h3>
              <RemoteStatus record={record} />
            </li>
          ))}
      </ul>
    </section>
  );
}

function PackRow({ sourced, record, onRemove }: { sourced: SourcedPack; record: RemotePackRecord | undefined; onRemove(pack: RulePack): void }) {
  const { pack, source } = sourced;
  return (
    <li class="pack-row" aria-labelledby={`pack-${source}-${pack.id}`}>
      <h3 id={`pack-${source}-${pack.id}`}>{pack.name}</h3>
      <p class="quiet">
        {SOURCE_LABEL[source]} · version {pack.version} · {countOf(pack.rules.length, 'rule')} · <code>{pack.id}</code>
      </p>
      {pack.description && <p>{pack.description}</p>}
      {record && <RemoteStatus record={record} />}
      <button type="button" onClick={() => download(packFileName(pack), packFileText(pack))} aria-label={`Export ${pack.name}`}>
        Export
      </button>
      {source === 'personal' && (
        <button type="button" onClick={() => onRemove(pack)} aria-label={`Delete ${pack.name}`}>
          Delete
        </button>
      )}
    </li>
  );
}

/** How a pack the organisation publishes at an address is doing. */
function RemoteStatus({ record }: { record: RemotePackRecord }) {
  return (
    <p class={record.error ? 'notice problem' : 'quiet'}>
      From {record.url}. {record.updatedAt ? `Last updated ${formatDate(record.updatedAt)}.` : 'Not downloaded yet.'}
      {record.error && ` The last try${record.checkedAt ? ` (${formatDate(record.checkedAt)})` : ''} failed: ${record.error}${record.pack ? ' The last good copy is in use.' : ''}`}
    </p>
  );
}
