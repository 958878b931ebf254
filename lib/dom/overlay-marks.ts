/**
 * Marks for textareas and inputs: underlines drawn in Reframe's overlay, positioned from a mirror of
 * the field and clipped to the field's visible text area.
 *
 * Where each finding lies is remembered in the field's content coordinates. Text before an edit does
 * not move, so while someone writes at the end of a note the marks above are placed from memory and
 * the mirror is neither updated nor laid out: only a new or moved finding is measured.
 */

import type { Finding } from '../engine/finding.js';
import type { FrameBatcher, FrameJob } from './frame.js';
import type { MarkLayer } from './marks.js';
import { markKind } from './mark-style.js';
import { FieldMirror, overlapsBox } from './mirror.js';
import type { UiHost } from './ui-host.js';

export class OverlayMarks implements MarkLayer, FrameJob {
  private readonly mirror: FieldMirror;
  private readonly clip: HTMLDivElement;
  private findings: readonly Finding[] = [];
  private boxes: { kind: string; ruleId: string; rects: DOMRect[] }[] = [];
  private box: DOMRect | undefined;
  /** What was last drawn, so an unchanged frame writes nothing. */
  private drawn = '';
  /** Content-coordinate rects of findings, by "start:end", true for the mirror's text. */
  private readonly placements = new Map<string, { end: number; rects: DOMRect[] }>();

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
    // Checks run just after a frame is painted, when layout is fresh: drawing now, rather than in
    // the next frame, keeps this work out of the frame that shows the writer's next keystroke.
    this.frames.cancel(this);
    this.read();
    this.write();
  }

  realign(restyle: boolean): void {
    if (restyle) {
      this.mirror.restyle();
      this.placements.clear();
    }
    if (this.findings.length > 0) this.frames.schedule(this);
  }

  read(): void {
    this.host.attach();
    if (this.findings.length === 0 || !this.field.isConnected) {
      this.boxes = [];
      return;
    }
    // Placements of text at or after the first edit since the mirror was last brought up to date may be stale.
    const edited = this.mirror.firstDifference(this.mirror.fieldText());
    if (edited !== Infinity) for (const [key, placement] of this.placements) if (placement.end >= edited) this.placements.delete(key);
    const box = (this.box = this.mirror.contentBox());
    const { scrollTop, scrollLeft } = this.field;
    const onScreen = (r: DOMRect) => new DOMRect(r.left + box.left - scrollLeft, r.top + box.top - scrollTop, r.width, r.height);
    this.boxes = this.visibleFindings(box, onScreen).map((f) => ({ kind: markKind(f), ruleId: f.ruleId, rects: this.placementOf(f).map(onScreen).filter((r) => overlapsBox(r, box)) }));
    this.forgetGoneFindings();
  }

  /** Drops remembered placements of findings that no longer exist, once they outnumber the current ones. */
  private forgetGoneFindings(): void {
    if (this.placements.size <= 2 * this.findings.length + 16) return;
    const current = new Set(this.findings.map(placementKey));
    for (const key of this.placements.keys()) if (!current.has(key)) this.placements.delete(key);
  }

  /** Where a finding's text lies in content coordinates, measured (bringing the mirror up to date) if not known. */
  private placementOf(finding: Finding): DOMRect[] {
    const key = placementKey(finding);
    let placement = this.placements.get(key);
    if (!placement) {
      this.mirror.sync();
      placement = { end: finding.end, rects: this.mirror.contentRects(finding.start, finding.end) };
      this.placements.set(key, placement);
    }
    return placement.rects;
  }

  write(): void {
    const clip = this.clip;
    const box = this.box;
    const marks = !box ? [] : this.boxes.flatMap(({ kind, ruleId, rects }) => rects.map((r) => ({ kind, ruleId, left: r.left - box.left, top: r.top - box.top, width: r.width, height: r.height + 1 })));
    const drawing = box ? `${box.left},${box.top},${box.width},${box.height}|${marks.map((m) => `${m.kind},${m.ruleId},${m.left},${m.top},${m.width},${m.height}`).join(';')}` : '';
    if (drawing === this.drawn) return;
    this.drawn = drawing;
    if (box) Object.assign(clip.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
    while (clip.children.length > marks.length) clip.lastElementChild!.remove();
    marks.forEach((m, i) => {
      let element = clip.children[i] as HTMLElement | undefined;
      if (!element) clip.append((element = this.host.doc.createElement('div')));
      element.className = `mark ${m.kind}`;
      element.dataset.ruleId = m.ruleId;
      Object.assign(element.style, { left: `${m.left}px`, top: `${m.top}px`, width: `${m.width}px`, height: `${m.height}px` });
    });
  }

  /**
   * The findings whose text lies in the field's visible area. Findings are in text order and text runs
   * down the field, so two binary searches find them: a large field with thousands of findings costs
   * a few dozen measurements, not thousands.
   */
  private visibleFindings(box: DOMRect, onScreen: (r: DOMRect) => DOMRect): readonly Finding[] {
    const findings = this.findings;
    if (findings.length <= 64) return findings;
    const firstEndingBelow = (limit: number, edge: 'top' | 'bottom'): number => {
      let low = 0;
      let high = findings.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        const rects = this.placementOf(findings[mid]!);
        const line = rects.length === 0 ? undefined : onScreen(edge === 'top' ? rects[rects.length - 1]! : rects[0]!);
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

  scrollTo(offset: number): void {
    this.mirror.sync();
    const line = this.mirror.lineAt(offset);
    if (!line) return;
    const box = this.mirror.contentBox();
    // The field scrolls its own text; the mirror follows its scroll position on the next realign.
    if (line.top < box.top) this.field.scrollTop -= box.top - line.top;
    else if (line.bottom > box.bottom) this.field.scrollTop += line.bottom - box.bottom;
    this.field.scrollIntoView({ block: 'nearest' });
    this.realign(false);
  }

  remove(): void {
    this.frames.cancel(this);
    this.clip.remove();
    this.mirror.remove();
  }
}

/** The key of a finding's remembered placement: its place in the text. */
function placementKey(finding: Finding): string {
  return `${finding.start}:${finding.end}`;
}
