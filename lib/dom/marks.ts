/** What a field's marks can do, whichever way they are drawn. */

import type { Finding } from '../engine/finding.js';

export interface MarkLayer {
  /** Shows these findings (replacing the previous ones) at once. */
  show(findings: readonly Finding[]): void;
  /** Realigns after scrolling, or (`restyle`) after resizing, rewrapping or font loading; next frame. */
  realign(restyle: boolean): void;
  /** Client rects of a text range, for placing the card. */
  rects(start: number, end: number): DOMRect[];
  /** Scrolls the field (and the page) so that the text at `offset` is in view. */
  scrollTo(offset: number): void;
  remove(): void;
}
