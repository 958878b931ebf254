/**
 * One checked field: its findings, its marks, and the occurrences the writer chose to ignore.
 * Checking is cheap (a 20 KB note takes well under a millisecond), so a field is re-checked whole
 * after each edit; only very large fields are checked less often.
 */

import type { Finding } from '../engine/finding.js';
import { accessFor, type FieldAccess, type RichAccess } from './field-access.js';
import { isFormField, type Field } from './fields.js';
import type { FrameBatcher } from './frame.js';
import { HighlightMarks } from './highlight-marks.js';
import type { MarkLayer } from './marks.js';
import { OverlayMarks } from './overlay-marks.js';
import type { UiHost } from './ui-host.js';

/**
 * How checks of long fields are paced. A note of up to 32,000 characters is re-checked just after the
 * frame that shows each keystroke. Longer ones cost more per check (about 1 ms for 50 KB), which the
 * next keystroke can run into, so while someone types steadily they are checked after a short pause,
 * and at least every `maxWaitMs`.
 */
const PACING = [
  { above: 200_000, pauseMs: 300, maxWaitMs: 2000 },
  { above: 32_000, pauseMs: 120, maxWaitMs: 600 },
] as const;

export interface Checking {
  /** A checker for one field's text as it is edited (re-checks only what changed). */
  startEditing(): { check(text: string): Finding[] };
}

export class FieldSession {
  readonly access: FieldAccess;
  findings: Finding[] = [];
  text = '';
  private marks: MarkLayer | undefined;
  private readonly ignored = new Set<string>();
  private pauseTimer: number | undefined;
  /** When the oldest edit still waiting for a check was made. */
  private waitingSince: number | undefined;
  private editorObserver: MutationObserver | undefined;
  private editing: { check(text: string): Finding[] };

  constructor(
    readonly field: Field,
    private readonly checking: Checking,
    private readonly ui: UiHost,
    private readonly frames: FrameBatcher,
    private readonly onChecked: (session: FieldSession) => void,
  ) {
    this.access = accessFor(field);
    this.editing = checking.startEditing();
  }

  /** The rules changed: start checking afresh with them. */
  restart(): void {
    this.editing = this.checking.startEditing();
    this.scheduleCheck();
  }

  private readonly checkTask = () => this.checkNow();

  /**
   * Re-checks right after the next frame is painted, so that the frame showing a keystroke is never
   * delayed by checking; the marks follow in the frame after. Very large fields wait for a pause.
   */
  scheduleCheck(): void {
    const view = this.field.ownerDocument.defaultView!;
    // Lengths only: a textarea's textLength does not copy its value on every keystroke.
    const field = this.field;
    const length = field.tagName === 'TEXTAREA' ? (field as HTMLTextAreaElement).textLength : isFormField(field) ? field.value.length : field.textContent?.length ?? 0;
    const pacing = PACING.find((p) => length > p.above);
    if (!pacing) {
      this.frames.afterNextPaint(this.checkTask);
      return;
    }
    const now = view.performance.now();
    this.waitingSince ??= now;
    if (this.pauseTimer !== undefined) view.clearTimeout(this.pauseTimer);
    const delay = Math.max(0, Math.min(pacing.pauseMs, this.waitingSince + pacing.maxWaitMs - now));
    this.pauseTimer = view.setTimeout(() => {
      this.pauseTimer = undefined;
      this.waitingSince = undefined;
      this.frames.afterNextPaint(this.checkTask);
    }, delay);
  }

  /** Watches a rich field for changes its editor makes without an input event. */
  watchEditor(): void {
    if (!this.access.rich || this.editorObserver) return;
    this.editorObserver = new (this.field.ownerDocument.defaultView!.MutationObserver)(() => this.scheduleCheck());
    this.editorObserver.observe(this.field, { childList: true, characterData: true, subtree: true });
  }

  checkNow(): void {
    this.text = this.access.readText();
    const found = this.editing.check(this.text);
    const occurrences = new Map<string, number>();
    this.findings = this.ignored.size === 0 ? found : found.filter((finding) => !this.ignored.has(this.keyOf(finding, occurrences)));
    if (this.findings.length > 0 && !this.marks) this.marks = this.createMarks();
    this.marks?.show(this.findings);
    this.onChecked(this);
  }

  realign(restyle: boolean): void {
    this.marks?.realign(restyle);
  }

  /** The finding the text offset falls in (its ends included), if any. */
  findingAt(offset: number): Finding | undefined {
    return this.findings.find((f) => f.start <= offset && offset <= f.end);
  }

  phraseOf(finding: Finding): string {
    return this.text.slice(finding.start, finding.end);
  }

  rects(finding: Finding): DOMRect[] {
    return this.marks?.rects(finding.start, finding.end) ?? [];
  }

  /** Brings a finding's phrase into view, in the field and on the page. */
  scrollTo(finding: Finding): void {
    if (this.marks) this.marks.scrollTo(finding.start);
    else this.field.scrollIntoView({ block: 'nearest' });
  }

  /** Hides this occurrence: the same words, for the same rule, at the same place among their repeats. */
  ignore(finding: Finding): void {
    const occurrences = new Map<string, number>();
    for (const f of this.findings) {
      const key = this.keyOf(f, occurrences);
      if (f === finding) this.ignored.add(key);
    }
    this.checkNow();
  }

  dispose(): void {
    this.frames.cancel(this.checkTask);
    if (this.pauseTimer !== undefined) this.field.ownerDocument.defaultView?.clearTimeout(this.pauseTimer);
    this.editorObserver?.disconnect();
    this.access.dispose();
    this.marks?.remove();
    this.marks = undefined;
  }

  private keyOf(finding: Finding, occurrences: Map<string, number>): string {
    const base = `${finding.ruleId}\u0000${this.text.slice(finding.start, finding.end).toLowerCase()}`;
    const nth = occurrences.get(base) ?? 0;
    occurrences.set(base, nth + 1);
    return `${base}\u0000${nth}`;
  }

  private createMarks(): MarkLayer {
    const field = this.field;
    if (isFormField(field)) return new OverlayMarks(field, this.ui, this.frames);
    // accessFor gives every field that is not a form field a RichAccess, which keeps its text map.
    const access = this.access as RichAccess;
    return new HighlightMarks(field, () => access.text(), this.frames);
  }
}
