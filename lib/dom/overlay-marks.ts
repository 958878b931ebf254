/**
 * Marks for textareas and inputs: underlines drawn in Reframe's overlay, positioned from a mirror of
 * the field and clipped to the field's visible text area.
 */

import type { Finding } from '../engine/finding.js';
import type { FrameBatcher, FrameJob } from './frame.js';
import type { MarkLayer } from './marks.js';
import { markKind } from './mark-style.js';
import { FieldMirror } from './mirror.js';
import type { UiHost } from './ui-host.js';

export class OverlayMarks implements MarkLayer, FrameJob {
  private readonly mirror: FieldMirror;
  private readonly clip: HTMLDivElement;
  private findings: readonly Finding[] = [];
  private boxes: { kind: string; ruleId: string; rects: DOMRect[] }[] = [];
  private box: DOMRect | undefined;

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    private readonly host: UiHost,
    private readonly frames: FrameBatcher,
  ) {
    this.clip = host.doc.createElement('div');
    this.clip.className = 'clip';
    host.layer.append(this.clip);
    this.mirror = new FieldMirror(field, host.layer);
  }

  show(findings: readonly Finding[]): void {
    this.findings = findings;
    this.frames.schedule(this);
  }

  realign(): void {
    if (this.findings.length > 0) this.frames.schedule(this);
  }

  read(): void {
    this.host.attach();
    if (this.findings.length === 0 || !this.field.isConnected) {
      this.boxes = [];
      return;
    }
    this.mirror.sync();
    this.box = this.mirror.contentBox();
    this.boxes = this.visibleFindings(this.box).map((f) => ({ kind: markKind(f), ruleId: f.ruleId, rects: this.mirror.rects(f.start, f.end) }));
  }

  write(): void {
    const clip = this.clip;
    const box = this.box;
    if (this.boxes.length === 0 || !box) {
      clip.replaceChildren();
      return;
    }
    Object.assign(clip.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
    const marks: HTMLElement[] = [];
    for (const { kind, ruleId, rects } of this.boxes) {
      for (const rect of rects) {
        const mark = (clip.children[marks.length] as HTMLElement | undefined) ?? this.host.doc.createElement('div');
        mark.className = `mark ${kind}`;
        mark.dataset.ruleId = ruleId;
        Object.assign(mark.style, { left: `${rect.left - box.left}px`, top: `${rect.top - box.top}px`, width: `${rect.width}px`, height: `${rect.height + 1}px` });
        marks.push(mark);
      }
    }
    clip.replaceChildren(...marks);
  }

  /**
   * The findings whose text lies in the field's visible area. Findings are in text order and text runs
   * down the field, so two binary searches find them: a large field with thousands of findings costs
   * a few dozen measurements, not thousands.
   */
  private visibleFindings(box: DOMRect): readonly Finding[] {
    const findings = this.findings;
    if (findings.length <= 64) return findings;
    const firstEndingBelow = (limit: number, edge: 'top' | 'bottom'): number => {
      let low = 0;
      let high = findings.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        const line = this.mirror.lineAt(edge === 'top' ? findings[mid]!.end - 1 : findings[mid]!.start);
        if (line && (edge === 'top' ? line.bottom >= limit : line.top > limit)) high = mid;
        else low = mid + 1;
      }
      return low;
    };
    return findings.slice(firstEndingBelow(box.top, 'top'), firstEndingBelow(box.bottom, 'bottom'));
  }

  rects(start: number, end: number): DOMRect[] {
    this.mirror.sync();
    return this.mirror.rects(start, end);
  }

  remove(): void {
    this.frames.cancel(this);
    this.clip.remove();
    this.mirror.remove();
  }
}
