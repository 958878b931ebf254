/** An on/off switch: a real checkbox with the switch role, so keyboards and screen readers know it. */

export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Further description read after the label. */
  describedBy?: string;
  /** A fuller name for screen readers where the visible label is short ("On" in a list of rules). */
  accessibleName?: string;
}

export function Switch({ label, checked, onChange, describedBy, accessibleName }: SwitchProps) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={checked} aria-describedby={describedBy} aria-label={accessibleName} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{label}</span>
    </label>
  );
}
