/**
 * Reframe on one document (each frame has its own): finds the fields the writer uses, keeps their
 * marks current, and opens the card on a click inside a marked phrase or Alt+Enter. Listeners are few
 * and cheap until a field is focused; no work happens on pages without fields.
 */

import type { Finding } from '../engine/finding.js';
import { CardHost } from './card-host.js';
import { deepActiveElement } from './field-access.js';
import { deepTarget, fieldFor, findFields, OWN_UI_ATTRIBUTE, type Field } from './fields.js';
import { FieldSession, type Checking } from './field-session.js';
import { FrameBatcher } from './frame.js';
import { replacePhrase } from './replace.js';
import { UiHost } from './ui-host.js';

export interface PageRules extends Checking {
  /** Whether the writer may switch this rule off (policy may lock it). */
  canTurnOff(ruleId: string): boolean;
  turnOff(ruleId: string): void;
  learnMoreUrl(finding: Finding): string | undefined;
}

/** What the page controller tells its owner. */
export interface PageEvents {
  /** The number of findings in the focused field changed (0 when no field is focused). */
  focusedFindings(count: number): void;
}

/** A finding and the field it is in, for the popup's list. */
export interface FieldFinding {
  fieldId: number;
  field: Field;
  finding: Finding;
  phrase: string;
}

export class PageController {
  private readonly sessions = new Map<Field, FieldSession>();
  /** Stable numbers for fields, so the popup can point back at one. */
  private readonly fieldIds = new Map<FieldSession, number>();
  private nextFieldId = 1;
  private focusedCount = 0;
  private readonly frames: FrameBatcher;
  private readonly ui: UiHost;
  private readonly card: CardHost;
  private cardSession: FieldSession | undefined;
  private savedSelection: { start: number; end: number } | undefined;
  private readonly visibility: IntersectionObserver | undefined;
  private readonly mutations: MutationObserver;
  private readonly resizes: ResizeObserver | undefined;
  private discoveryQueued = false;
  /** A replacement is being applied: its own input events must not close the card. */
  private replacing = false;
  private readonly listeners: [EventTarget, string, EventListener, boolean][] = [];

  constructor(
    private readonly doc: Document,
    private rules: PageRules,
    private readonly events: PageEvents,
  ) {
    const view = doc.defaultView!;
    this.frames = new FrameBatcher(view);
    this.ui = UiHost.of(doc);
    this.card = new CardHost(this.ui);
    this.listen(doc, 'focusin', (e) => this.onFocus(e));
    this.listen(doc, 'input', (e) => this.onInput(e));
    this.listen(doc, 'compositionend', (e) => this.onInput(e));
    this.listen(doc, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    this.listen(doc, 'click', (e) => this.onClick(e as MouseEvent));
    this.listen(doc, 'pointerdown', (e) => this.onPointerDown(e));
    this.listen(doc, 'scroll', () => this.realign(false));
    this.listen(view, 'resize', () => this.realign(true));
    doc.fonts?.addEventListener?.('loadingdone', () => this.realign(true));
    this.visibility = 'IntersectionObserver' in view ? new view.IntersectionObserver((entries) => this.onVisible(entries)) : undefined;
    this.resizes = 'ResizeObserver' in view ? new view.ResizeObserver(() => this.realign(true)) : undefined;
    this.mutations = new view.MutationObserver((records) => this.onMutations(records));
    this.mutations.observe(doc.documentElement, { childList: true, subtree: true });
    this.discover();
    const active = deepActiveElement(doc);
    const focused = active ? fieldFor(active) : undefined;
    if (focused) this.sessionFor(focused).scheduleCheck();
  }

  /** New rules or settings: check every field again. */
  setRules(rules: PageRules): void {
    this.rules = rules;
    this.closeCard(false);
    for (const session of this.sessions.values()) session.restart();
  }

  /** Every finding in the fields checked so far (the focused and the visible ones). */
  findings(): FieldFinding[] {
    const list: FieldFinding[] = [];
    for (const [field, session] of this.sessions) {
      if (!field.isConnected) continue;
      const fieldId = this.fieldIds.get(session)!;
      for (const finding of session.findings) list.push({ fieldId, field, finding, phrase: session.phraseOf(finding) });
    }
    return list;
  }

  /**
   * Shows a finding the popup listed: focuses its field, scrolls the phrase into view and opens its card
   * with focus in it. False if the field or the phrase has gone since the list was made.
   */
  reveal(fieldId: number, start: number, end: number, ruleId: string): boolean {
    const session = [...this.fieldIds].find(([, id]) => id === fieldId)?.[0];
    if (!session?.field.isConnected) return false;
    session.checkNow();
    const finding = session.findings.find((f) => isSameFinding(f, { ruleId, start, end })) ?? session.findings.find((f) => f.ruleId === ruleId);
    if (!finding) return false;
    session.access.select(finding.start, finding.start);
    session.scrollTo(finding);
    this.openCard(session, finding, true);
    return true;
  }

  destroy(): void {
    for (const [target, type, listener, capture] of this.listeners) target.removeEventListener(type, listener, capture);
    this.mutations.disconnect();
    this.visibility?.disconnect();
    this.resizes?.disconnect();
    this.closeCard(false);
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    this.fieldIds.clear();
    this.reportFocused(0);
    this.ui.detach();
  }

  private listen(target: EventTarget, type: string, listener: EventListener, capture = true): void {
    target.addEventListener(type, listener, capture);
    this.listeners.push([target, type, listener, capture]);
  }

  private sessionFor(field: Field): FieldSession {
    let session = this.sessions.get(field);
    if (!session) {
      session = new FieldSession(field, { startEditing: () => this.rules.startEditing() }, this.ui, this.frames, (s) => this.afterCheck(s));
      this.sessions.set(field, session);
      this.fieldIds.set(session, this.nextFieldId++);
      this.resizes?.observe(field);
      session.watchEditor();
    }
    return session;
  }

  private reportFocused(count: number): void {
    if (count === this.focusedCount) return;
    this.focusedCount = count;
    this.events.focusedFindings(count);
  }

  private afterCheck(session: FieldSession): void {
    const active = deepActiveElement(this.doc);
    if (active && fieldFor(active) === session.field) this.reportFocused(session.findings.length);
    const open = this.card.finding;
    if (open && this.cardSession === session && !session.findings.some((f) => isSameFinding(f, open))) {
      this.closeCard(false);
    }
  }

  private onFocus(event: Event): void {
    if (this.card.contains(event)) return;
    const target = deepTarget(event);
    const field = fieldFor(target);
    if (field) {
      const session = this.sessionFor(field);
      this.reportFocused(session.findings.length);
      session.scheduleCheck();
    } else if (!(target instanceof Element && (target.tagName === 'IFRAME' || target.tagName === 'FRAME'))) {
      // Focus went elsewhere in this document (a frame's own document reports for itself).
      this.reportFocused(0);
    }
  }

  private onInput(event: Event): void {
    if ((event as InputEvent).isComposing) return;
    const field = fieldFor(deepTarget(event));
    if (!field) return;
    if (this.cardSession?.field === field && !this.replacing) this.closeCard(false);
    this.sessionFor(field).scheduleCheck();
  }

  private onKeyDown(event: KeyboardEvent): void {
    const field = fieldFor(deepTarget(event));
    const session = field ? this.sessions.get(field) : undefined;
    if (event.key === 'Escape' && this.card.open && session === this.cardSession) {
      this.closeCard(false);
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!session || event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const selection = session.access.selection();
    if (!selection) return;
    session.checkNow();
    const finding = session.findingAt(selection.start);
    if (!finding) return;
    // Editors insert a paragraph on Alt+Enter; this one opens the card instead.
    event.preventDefault();
    event.stopImmediatePropagation();
    this.openCard(session, finding, true);
  }

  private onPointerDown(event: Event): void {
    if (this.card.open && !this.card.contains(event)) {
      const field = fieldFor(deepTarget(event));
      if (field !== this.cardSession?.field) this.closeCard(false);
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.card.contains(event)) return;
    const field = fieldFor(deepTarget(event));
    const session = field ? this.sessions.get(field) : undefined;
    if (!session) return;
    const selection = session.access.selection();
    if (!selection || selection.start !== selection.end) return;
    const finding = session.findingAt(selection.start);
    if (finding) this.openCard(session, finding, false);
    else if (this.cardSession === session) this.closeCard(false);
  }

  private openCard(session: FieldSession, finding: Finding, fromKeyboard: boolean): void {
    this.cardSession = session;
    this.savedSelection = session.access.selection();
    const phrase = session.phraseOf(finding);
    const learnMoreUrl = this.rules.learnMoreUrl(finding);
    this.card.show(
      {
        finding,
        phrase,
        takeFocus: fromKeyboard,
        canTurnOff: this.rules.canTurnOff(finding.ruleId),
        ...(learnMoreUrl ? { learnMoreUrl } : {}),
        onChoose: (suggestion) => void this.choose(session, finding, phrase, suggestion),
        onIgnore: () => {
          this.closeCard(true);
          session.ignore(finding);
        },
        onTurnOff: () => {
          this.closeCard(true);
          this.rules.turnOff(finding.ruleId);
        },
        onCopy: (suggestion) => void this.copy(suggestion),
        onClose: () => this.closeCard(true),
      },
      () => session.rects(finding),
    );
  }

  private async choose(session: FieldSession, finding: Finding, phrase: string, suggestion: string): Promise<void> {
    this.card.setState({ kind: 'working' });
    this.replacing = true;
    let outcome;
    try {
      outcome = await replacePhrase(session.access, finding.start, finding.end, phrase, suggestion);
    } finally {
      this.replacing = false;
    }
    if (outcome === 'refused') {
      if (this.savedSelection) session.access.select(this.savedSelection.start, this.savedSelection.end);
      this.card.setState({ kind: 'refused', suggestion, copied: false });
      return;
    }
    this.closeCard(false);
    session.checkNow();
  }

  private async copy(suggestion: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(suggestion);
      copied = true;
    } catch {
      copied = this.copyWithSelection(suggestion);
    }
    this.card.setState({ kind: 'refused', suggestion, copied });
  }

  /** Copies through a temporary field inside Reframe's shadow root (never the page's fields). */
  private copyWithSelection(text: string): boolean {
    const area = this.doc.createElement('textarea');
    area.value = text;
    area.setAttribute(OWN_UI_ATTRIBUTE, '');
    this.ui.root.append(area);
    area.select();
    const done = this.doc.execCommand('copy');
    area.remove();
    return done;
  }

  private closeCard(restoreCaret: boolean): void {
    if (!this.card.open) return;
    const session = this.cardSession;
    this.card.hide();
    this.cardSession = undefined;
    const saved = this.savedSelection;
    if (restoreCaret && session && saved && session.field.isConnected) {
      session.access.select(saved.start, saved.end);
    }
  }

  private realign(restyle: boolean): void {
    for (const session of this.sessions.values()) session.realign(restyle);
    if (this.card.open) this.frames.schedule({ read: () => {}, write: () => this.card.place() });
  }

  private onVisible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.visibility?.unobserve(entry.target);
      const field = fieldFor(entry.target);
      if (field) this.sessionFor(field).scheduleCheck();
    }
  }

  private onMutations(records: MutationRecord[]): void {
    let relevant = false;
    for (const record of records) {
      if (record.target instanceof Element && record.target.closest(`[${OWN_UI_ATTRIBUTE}]`)) continue;
      if (record.addedNodes.length > 0 || record.removedNodes.length > 0) relevant = true;
    }
    if (!relevant || this.discoveryQueued) return;
    this.discoveryQueued = true;
    const view = this.doc.defaultView!;
    const later = view.requestIdleCallback ?? ((callback: () => void) => view.setTimeout(callback, 50));
    later(() => {
      this.discoveryQueued = false;
      this.forgetRemovedFields();
      this.discover();
    });
  }

  /** Fields gone from the page (single-page apps replace them): drop their marks and any open card. */
  private forgetRemovedFields(): void {
    for (const [field, session] of this.sessions) {
      if (field.isConnected) continue;
      if (this.cardSession === session) this.closeCard(false);
      session.dispose();
      this.sessions.delete(field);
      this.fieldIds.delete(session);
      this.resizes?.unobserve(field);
    }
  }

  private discover(): void {
    if (!this.visibility) return;
    for (const field of findFields(this.doc)) if (!this.sessions.has(field)) this.visibility.observe(field);
  }
}

/** Whether two findings are one: the same rule at the same place. */
function isSameFinding(a: Pick<Finding, 'ruleId' | 'start' | 'end'>, b: Pick<Finding, 'ruleId' | 'start' | 'end'>): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}
