/**
 * How marks look. Severity shows by line style and weight as well as colour (wavy and thick for high,
 * solid for medium, dotted for low; dashed grey for quoted words), and every colour has at least 4.5:1
 * contrast on white, above the 3:1 that WCAG AA asks of such marks.
 */

import type { Finding } from '../engine/finding.js';

export type MarkKind = 'high' | 'medium' | 'low' | 'quoted';

export function markKind(finding: Finding): MarkKind {
  return finding.quoted ? 'quoted' : finding.severity;
}

export const MARK_COLOURS: Readonly<Record<MarkKind, string>> = {
  high: '#b00020',
  medium: '#8a4b00',
  low: '#1f5fa8',
  quoted: '#5f6368',
};

const LINE: Readonly<Record<MarkKind, { style: string; thickness: number; tint: string }>> = {
  high: { style: 'wavy', thickness: 2, tint: 'rgba(176, 0, 32, 0.10)' },
  medium: { style: 'solid', thickness: 2, tint: 'rgba(138, 75, 0, 0.08)' },
  low: { style: 'dotted', thickness: 2, tint: 'transparent' },
  quoted: { style: 'dashed', thickness: 1, tint: 'transparent' },
};

export const HIGHLIGHT_PREFIX = 'reframe-';

/** ::highlight() rules for rich fields (CSS Custom Highlight API). */
export function highlightCss(): string {
  return (Object.keys(LINE) as MarkKind[])
    .map((kind) => {
      const line = LINE[kind];
      return `::highlight(${HIGHLIGHT_PREFIX}${kind}) { text-decoration: underline ${line.style} ${MARK_COLOURS[kind]} ${line.thickness}px; text-underline-offset: 3px; background-color: ${line.tint}; }`;
    })
    .join('\n');
}

/** Styles of the overlay marks drawn under form fields' text. */
export function overlayMarkCss(): string {
  return (Object.keys(LINE) as MarkKind[])
    .map((kind) => {
      const line = LINE[kind];
      const border = line.style === 'wavy' ? 'solid' : line.style;
      const weight = kind === 'high' ? 3 : line.thickness;
      return `.mark.${kind} { border-bottom: ${weight}px ${border} ${MARK_COLOURS[kind]}; background: ${line.tint}; }`;
    })
    .join('\n');
}
