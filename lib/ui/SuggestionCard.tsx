/**
 * The card that explains a marked phrase and offers better wording. A non-modal dialog named by the
 * rule's title; every action is a real button, so it works from the keyboard and with screen readers.
 */

import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../engine/finding.js';
import { findingLabel } from './severity.js';

export type CardState =
  | { kind: 'ready' }
  | { kind: 'working' }
  /** The field did not take the replacement: offer to copy it instead. */
  | { kind: 'refused'; suggestion: string; copied: boolean };

export interface SuggestionCardProps {
  finding: Finding;
  phrase: string;
  state: CardState;
  /** Focus the first action when the card opens (it was opened from the keyboard). */
  takeFocus: boolean;
  canTurnOff: boolean;
  learnMoreUrl?: string;
  onChoose(suggestion: string): void;
  onIgnore(): void;
  onTurnOff(): void;
  onCopy(suggestion: string): void;
  onClose(): void;
}

export function SuggestionCard(props: SuggestionCardProps) {
  const { finding, phrase, state } = props;
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (props.takeFocus) first.current?.focus();
  }, [finding.start, finding.ruleId, state.kind]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose();
    }
  };

  const working = state.kind === 'working';
  return (
    <div class={`card ${finding.quoted ? 'quoted' : finding.severity}`} role="dialog" aria-labelledby="reframe-card-title" aria-describedby="reframe-card-explanation" onKeyDown={onKeyDown}>
      <div class="head">
        <span class="badge">{findingLabel(finding)}</span>
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      <h2 id="reframe-card-title">{finding.title}</h2>
      <p class="phrase">“{phrase}”</p>
      <p id="reframe-card-explanation">{finding.explanation}</p>
      {finding.quoted && <p class="hint">If you are quoting someone, keep the quotation marks and say who said it.</p>}
      {state.kind === 'refused' ? (
        <div class="refused" role="status">
          <p>This field did not accept the change, so nothing was altered. You can copy the suggestion and paste it over the marked words.</p>
          <button type="button" class="suggestion" ref={first} onClick={() => props.onCopy(state.suggestion)}>
            {state.copied ? 'Copied: ' : 'Copy: '}
            {state.suggestion}
          </button>
        </div>
      ) : (
        <div class="suggestions" role="group" aria-label="Suggested wording">
          <p class="try">Try instead:</p>
          {finding.suggestions.map((suggestion, i) => (
            <button type="button" class="suggestion" ref={i === 0 ? first : undefined} disabled={working} onClick={() => props.onChoose(suggestion)}>
              {suggestion}
            </button>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={props.onIgnore}>
          Ignore
        </button>
        {props.canTurnOff && (
          <button type="button" onClick={props.onTurnOff}>
            Turn off this rule
          </button>
        )}
        {props.learnMoreUrl && (
          <a href={props.learnMoreUrl} target="_blank" rel="noopener noreferrer">
            Learn more
          </a>
        )}
      </div>
    </div>
  );
}

export const CARD_CSS = `
:host { all: initial; }
.card-layer { position: fixed; pointer-events: auto; z-index: 2147483647; }
.card { box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 480px); overflow: auto;
  background: #ffffff; color: #1f1f1f; border: 1px solid #757575; border-left-width: 6px; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25); padding: 12px 14px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.card.high { border-left-color: #b00020; }
.card.medium { border-left-color: #8a4b00; }
.card.low { border-left-color: #1f5fa8; }
.card.quoted { border-left-color: #5f6368; }
.head { display: flex; justify-content: space-between; align-items: center; }
.badge { font-size: 12px; font-weight: 600; color: #3c4043; text-transform: uppercase; letter-spacing: 0.03em; }
h2 { font-size: 16px; margin: 4px 0 6px; color: #1f1f1f; }
p { margin: 6px 0; }
.phrase { font-style: italic; color: #3c4043; }
.hint, .refused p { color: #3c4043; }
.try { font-weight: 600; margin-top: 10px; }
button, a { font: inherit; }
button { cursor: pointer; border-radius: 6px; border: 1px solid #5f6368; background: #f1f3f4; color: #1f1f1f; padding: 4px 10px; margin: 2px 6px 2px 0; }
button:hover { background: #e2e6e9; }
button:disabled { cursor: progress; color: #5f6368; }
.suggestion { display: block; width: 100%; text-align: left; background: #e8f0fe; border-color: #1a57c2; color: #0b3d91; margin: 4px 0; padding: 6px 10px; }
.suggestion:hover { background: #d2e3fc; }
.close { border: none; background: transparent; font-size: 20px; line-height: 1; padding: 0 6px; margin: 0; color: #3c4043; }
.actions { display: flex; flex-wrap: wrap; align-items: center; margin-top: 10px; gap: 4px; }
a { color: #1a57c2; margin-left: 4px; }
button:focus-visible, a:focus-visible { outline: 3px solid #1a57c2; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #9aa0a6; }
  h2 { color: #e8eaed; } .badge, .phrase, .hint, .refused p, .close { color: #c4c7c5; }
  button { background: #303134; color: #e8eaed; border-color: #9aa0a6; }
  .suggestion { background: #1f3760; color: #d2e3fc; border-color: #8ab4f8; }
  a { color: #8ab4f8; } button:focus-visible, a:focus-visible { outline-color: #8ab4f8; }
}
`;
