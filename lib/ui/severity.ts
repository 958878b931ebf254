import type { Finding } from '../engine/finding.js';
import type { Severity } from '../rules/types.js';

/** How each severity is named wherever it is shown, so colour is never the only sign of it. */
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { high: 'Strong concern', medium: 'Concern', low: 'Suggestion' };

export function findingLabel(finding: Pick<Finding, 'quoted' | 'severity'>): string {
  return finding.quoted ? 'Quoted words' : SEVERITY_LABEL[finding.severity];
}
