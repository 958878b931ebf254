/**
 * Which elements Reframe checks. Prose fields only: textareas, text-like inputs and contenteditable
 * regions that the writer can edit. Skipped: passwords, emails, numbers and other non-prose inputs,
 * read-only and disabled fields, comboboxes, and anything inside an element marked data-reframe="off".
 */

export type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export const OPT_OUT_SELECTOR = '[data-reframe="off"]';
/** Marks Reframe's own elements, which are never checked. */
export const OWN_UI_ATTRIBUTE = 'data-reframe-ui';

const PROSE_INPUT_TYPES = new Set(['text', 'search']);

export function isFormField(field: Field): field is HTMLTextAreaElement | HTMLInputElement {
  return field.tagName === 'TEXTAREA' || field.tagName === 'INPUT';
}

function optedOut(element: Element): boolean {
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && (node.matches(OPT_OUT_SELECTOR) || node.hasAttribute(OWN_UI_ATTRIBUTE))) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** The editing host of a contenteditable element: the outermost editable ancestor. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = host.parentElement; parent && parent.isContentEditable; parent = parent.parentElement) host = parent;
  return host;
}

/** The field an element belongs to, if Reframe should check it. */
export function fieldFor(target: EventTarget | null): Field | undefined {
  if (!target || !(target as Node).nodeType) return undefined;
  const node = target as Node;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
  if (!element) return undefined;
  const tag = element.tagName;
  let field: Field | undefined;
  if (tag === 'TEXTAREA') {
    const area = element as HTMLTextAreaElement;
    if (!area.readOnly && !area.disabled) field = area;
  } else if (tag === 'INPUT') {
    const input = element as HTMLInputElement;
    if (PROSE_INPUT_TYPES.has(input.type) && !input.readOnly && !input.disabled && !input.hasAttribute('list')) field = input;
  } else if (element.isContentEditable) {
    field = editingHost(element);
  }
  if (!field) return undefined;
  if (field.getAttribute('role') === 'combobox' || field.getAttribute('aria-readonly') === 'true' || field.getAttribute('aria-disabled') === 'true') return undefined;
  return optedOut(field) ? undefined : field;
}

/** The element actually focused or clicked, looking through open shadow roots. */
export function deepTarget(event: Event): EventTarget | null {
  const path = event.composedPath();
  return path.length > 0 ? path[0]! : event.target;
}

/** Candidate fields in a document or shadow root, and in the open shadow roots below it. */
export function findFields(root: Document | ShadowRoot | Element, limit = 2000): Field[] {
  const found: Field[] = [];
  const seen = new Set<Field>();
  const visit = (scope: Document | ShadowRoot | Element): void => {
    for (const element of scope.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')) {
      if (found.length >= limit) return;
      const field = fieldFor(element);
      if (field && !seen.has(field)) {
        seen.add(field);
        found.push(field);
      }
    }
    for (const element of scope.querySelectorAll('*')) {
      if (found.length >= limit) return;
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** A short name for a field, as a person would call it: its label, placeholder or name. */
export function fieldLabel(field: Field): string {
  const doc = field.ownerDocument;
  const labelledBy = field.getAttribute('aria-labelledby');
  const candidates = [
    field.getAttribute('aria-label'),
    labelledBy ? labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ') : null,
    isFormField(field) ? Array.from(field.labels ?? [], (label) => label.textContent ?? '').join(' ') : null,
    field.getAttribute('placeholder') ?? field.getAttribute('aria-placeholder') ?? field.dataset.placeholder,
    field.getAttribute('name') ?? field.getAttribute('title'),
  ];
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim();
    if (text) return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  }
  return 'Text field';
}
