/**
 * The toolbar popup, for the person writing: whether Reframe runs on this page (with a switch for the
 * site unless the organisation fixes it), the findings in the page's fields, and the way to each one.
 */

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReportedFinding } from '../../extension/messages.js';
import type { RuleState } from '../../extension/rule-state.js';
import { siteHost, type SiteStatus } from '../../rules/sites.js';
import { ManagedNotice } from '../ManagedNotice.js';
import { saveUserSettings } from '../save.js';
import { findingLabel } from '../severity.js';
import { Switch } from '../Switch.js';
import { useRuleState } from '../use-rule-state.js';
import { popupTabId, usePageReports } from './use-page-reports.js';
import { countOf } from '../count.js';

/** Rules and settings are re-read after a change; the page needs a moment to re-check before it is asked again. */
const RECHECK_DELAY_MS = 400;

interface ListedFinding extends ReportedFinding {
  frameId: number;
}

export function PopupApp() {
  const state = useRuleState();
  const [tabId, setTabId] = useState<number>();
  const [refresh, setRefresh] = useState(0);
  const [problem, setProblem] = useState<string>();
  useEffect(() => void popupTabId().then(setTabId), []);
  useEffect(() => {
    const timer = setTimeout(() => setRefresh((n) => n + 1), RECHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const reports = usePageReports(tabId, refresh);

  const top = [...reports.frames.values()].find((report) => report.top);
  const findings: ListedFinding[] = [...reports.frames].flatMap(([frameId, report]) => report.findings.map((f) => ({ ...f, frameId })));

  const reveal = async (finding: ListedFinding) => {
    if (tabId === undefined) return;
    const shown = await browser.tabs
      .sendMessage(tabId, { type: 'reframe:reveal', fieldId: finding.fieldId, start: finding.start, end: finding.end, ruleId: finding.ruleId }, { frameId: finding.frameId })
      .catch(() => false);
    if (shown === true) window.close();
    else {
      setProblem('That wording has changed since this list was made, so the list has been updated.');
      setRefresh((n) => n + 1);
    }
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Reframe</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {state?.settings.managed && <ManagedNotice />}
      {state && <PageStatus state={state} reached={reports.reached} url={top?.url} status={top?.status} />}
      {reports.reached === 'yes' && top?.status === 'on' && <FindingList findings={findings} onReveal={(f) => void reveal(f)} />}
      {problem && (
        <p class="notice" role="status">
          {problem}
        </p>
      )}
      {state?.settings.learnMoreUrl && (
        <p>
          <a href={state.settings.learnMoreUrl.replace(/\{ruleId\}/g, '')} target="_blank" rel="noopener noreferrer">
            Your organisation's guidance on language
          </a>
        </p>
      )}
    </main>
  );
}

const STATUS_TEXT: Readonly<Record<SiteStatus, string>> = {
  on: 'Reframe is checking the text fields on this page.',
  'switched-off': 'Reframe is switched off everywhere.',
  'site-switched-off': 'Reframe is off for this site.',
  'site-list': 'The site lists in Options leave this page out.',
  organisation: 'Your organisation has switched Reframe off for this page.',
};

function PageStatus({ state, reached, url, status }: { state: RuleState; reached: 'waiting' | 'yes' | 'no'; url: string | undefined; status: SiteStatus | undefined }) {
  if (reached === 'waiting') return <p role="status">Looking at this page…</p>;
  if (reached === 'no' || !url || !status) {
    return (
      <div role="status">
        <p>Reframe cannot check this page.</p>
        <p class="quiet">It checks web pages and local files, but not the browser's own pages. If this page was open before Reframe was installed or updated, reloading it lets Reframe start.</p>
      </div>
    );
  }
  const host = siteHost(url);
  const { user, settings } = state;
  const setUser = (change: Partial<typeof user>) => void saveUserSettings({ ...user, ...change });
  const canSwitch = host !== undefined && !settings.locks.disable && (status === 'on' || status === 'site-switched-off');
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading" class="visually-hidden">
        This page
      </h2>
      <p role="status" id="site-status">
        {STATUS_TEXT[status]}
      </p>
      {canSwitch && (
        <Switch
          label={`Check ${host}`}
          checked={status === 'on'}
          describedBy="site-status"
          onChange={(on) => setUser({ disabledSites: on ? user.disabledSites.filter((h) => h !== host) : [...new Set([...user.disabledSites, host])] })}
        />
      )}
      {status === 'switched-off' && !settings.locks.disable && (
        <button type="button" onClick={() => setUser({ enabled: true })}>
          Switch Reframe on
        </button>
      )}
      {settings.locks.disable && host !== undefined && <p class="quiet">Your organisation keeps Reframe on for every site, so there is no switch here.</p>}
    </section>
  );
}

function FindingList({ findings, onReveal }: { findings: ListedFinding[]; onReveal(finding: ListedFinding): void }) {
  const fields = new Set(findings.map((f) => `${f.frameId}:${f.fieldId}`));
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{findings.length === 0 ? 'Nothing to look at' : `${countOf(findings.length, 'phrase')} to look at`}</h2>
      {findings.length === 0 && <p class="quiet">No marked wording in the fields checked so far. Fields are checked when you use them or scroll to them.</p>}
      <ul class="findings">
        {findings.map((finding) => (
          <li class={`finding ${finding.quoted ? 'quoted' : finding.severity}`}>
            <p class="finding-kind">
              {findingLabel(finding)}
              {fields.size > 1 && ` · ${finding.fieldLabel}`}
            </p>
            <h3>{finding.title}</h3>
            <p class="phrase">“{finding.phrase}”</p>
            <p>{finding.explanation}</p>
            {finding.suggestions.length > 0 && (
              <>
                <p class="try">Try instead:</p>
                <ul class="suggestion-list">
                  {finding.suggestions.map((s) => (
                    <li>{s}</li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" onClick={() => onReveal(finding)} aria-label={`Show in the note: “${finding.phrase}” in ${finding.fieldLabel}`}>
              Show in the note
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
