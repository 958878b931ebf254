/**
 * Messages between the extension's parts. Note text stays inside the browser: the popup asks the
 * page's frames for their findings and each frame answers with the flagged phrases only.
 */

import type { Severity } from '../rules/types.js';
import type { SiteStatus } from '../rules/sites.js';

/** One finding as the popup lists it. */
export interface ReportedFinding {
  /** Which field, within its frame. */
  fieldId: number;
  /** The field's label (its aria-label, label, placeholder or name), for pages with several. */
  fieldLabel: string;
  start: number;
  end: number;
  ruleId: string;
  title: string;
  severity: Severity;
  quoted: boolean;
  phrase: string;
  explanation: string;
  suggestions: string[];
}

/** What one frame of a page says about itself. */
export interface FrameReport {
  /** The top frame also gives the page's address, for the site switch. */
  top: boolean;
  url?: string;
  status: SiteStatus;
  findings: ReportedFinding[];
}

export type Message =
  /** Popup → every frame of a tab: report your findings (answered with `report`). */
  | { type: 'reframe:report-request'; request: string }
  /** A frame → the popup. */
  | { type: 'reframe:report'; request: string; report: FrameReport }
  /** Popup → one frame: focus the field, show the phrase and open its card. Answered with a boolean. */
  | { type: 'reframe:reveal'; fieldId: number; start: number; end: number; ruleId: string }
  /** A frame → the background: the number of findings in the focused field, for the toolbar badge. */
  | { type: 'reframe:badge'; count: number };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('reframe:');
}
