/** Says that an organisation's policy applies, and what that means for the person using Reframe. */

export function ManagedNotice() {
  return (
    <details class="managed">
      <summary>Managed by your organisation</summary>
      <p>
        Your organisation has set Reframe up for you. It may add its own rules, switch some rules off, choose the sites where Reframe runs, and fix some settings so
        that they cannot be changed here. Your notes still stay in your browser: nothing you write is sent anywhere.
      </p>
    </details>
  );
}
