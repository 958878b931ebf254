/**
 * Shows the suggestion card in Reframe's shadow root, next to the phrase and inside the viewport:
 * below the phrase's line when there is room, above it otherwise, so it never covers the line being
 * written.
 */

import { h, render } from 'preact';
import type { Finding } from '../engine/finding.js';
import { CARD_CSS, SuggestionCard, type CardState, type SuggestionCardProps } from '../ui/SuggestionCard.js';
import type { UiHost } from './ui-host.js';

const GAP = 6;
const MARGIN = 8;

/** Everything the card shows and does, except its state, which the host keeps. */
export type CardContent = Omit<SuggestionCardProps, 'state'>;

export class CardHost {
  private readonly layer: HTMLDivElement;
  private content: CardContent | undefined;
  private state: CardState = { kind: 'ready' };
  private anchor: () => DOMRect[] = () => [];

  constructor(private readonly ui: UiHost) {
    ui.addStyle(CARD_CSS);
    this.layer = ui.doc.createElement('div');
    this.layer.className = 'card-layer';
    this.layer.hidden = true;
    ui.root.append(this.layer);
  }

  get open(): boolean {
    return this.content !== undefined;
  }

  get finding(): Finding | undefined {
    return this.content?.finding;
  }

  show(content: CardContent, anchor: () => DOMRect[]): void {
    this.ui.attach();
    this.content = content;
    this.anchor = anchor;
    this.state = { kind: 'ready' };
    this.layer.hidden = false;
    this.draw();
  }

  setState(state: CardState): void {
    this.state = state;
    if (this.content) this.draw();
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.layer);
  }

  hide(): void {
    if (!this.content) return;
    this.content = undefined;
    render(null, this.layer);
    this.layer.hidden = true;
  }

  /** Places the card again (after scrolling or resizing). */
  place(): void {
    if (!this.content) return;
    const rects = this.anchor();
    const view = this.ui.doc.defaultView!;
    const card = this.layer.firstElementChild as HTMLElement | null;
    if (!card || rects.length === 0) return;
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const below = bottom + GAP;
    const above = top - GAP - height;
    let y: number;
    if (below + height <= view.innerHeight - MARGIN) y = below;
    else if (above >= MARGIN) y = above;
    else y = Math.max(MARGIN, view.innerHeight - height - MARGIN);
    const x = Math.min(Math.max(MARGIN, (y === below ? last : first).left), Math.max(MARGIN, view.innerWidth - width - MARGIN));
    Object.assign(this.layer.style, { left: `${x}px`, top: `${y}px` });
  }

  private draw(): void {
    const content = this.content!;
    const props: SuggestionCardProps = { ...content, state: this.state };
    render(h(SuggestionCard, props), this.layer);
    this.place();
  }
}
