/**
 * Reframe's own element on a page: one host per document, attached to <html>, holding an open shadow
 * root. Overlay marks, field mirrors and the card live inside it, so page styles cannot reach them and
 * the page's own DOM (and every field's) stays as it was.
 */

import { OWN_UI_ATTRIBUTE } from './fields.js';
import { overlayMarkCss } from './mark-style.js';

const HOST_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none; }
.layer { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.clip { position: fixed; overflow: hidden; pointer-events: none; contain: strict; }
.mark { position: absolute; box-sizing: border-box; pointer-events: none; }
${overlayMarkCss()}
`;

const hosts = new WeakMap<Document, UiHost>();

export class UiHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Mirrors and overlay marks. */
  readonly layer: HTMLDivElement;

  private constructor(readonly doc: Document) {
    this.element = doc.createElement('reframe-ui');
    this.element.setAttribute(OWN_UI_ATTRIBUTE, '');
    this.root = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.root.append(style, this.layer);
  }

  static of(doc: Document): UiHost {
    let host = hosts.get(doc);
    if (!host) {
      host = new UiHost(doc);
      hosts.set(doc, host);
    }
    return host;
  }

  /**
   * Puts the host on the page when there is something to show, and again if the page removed it
   * (single-page apps sometimes replace <html>'s children). Pages without marks never get one.
   */
  attach(): void {
    if (!this.element.isConnected) this.doc.documentElement.append(this.element);
  }

  /** Takes the host off the page (Reframe stopped working on it). */
  detach(): void {
    this.element.remove();
  }

  addStyle(css: string): void {
    const style = this.doc.createElement('style');
    style.textContent = css;
    this.root.append(style);
  }
}
