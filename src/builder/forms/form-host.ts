// What the pieces of a content form (its list editing, its fields) use of the form itself.
import type { nothing, TemplateResult } from 'lit';
import type { ListLimits } from '../../core/problems.js';
import type { FormStrings, NounKey } from './forms.strings.js';
import type { ProblemPlaces } from './problem-places.js';

/** The fewest and most items a list may hold (the widget's own limits). */
export type Limits = ListLimits;

/** What a text field shows and edits. */
export interface FieldOptions {
  /** The path the field edits, and where its problems are. */
  path: string;
  label: string;
  value: string | number | undefined;
  hint?: string | undefined;
  /** A sentence shown under the field that is not an error (a contrast warning). */
  note?: TemplateResult | undefined;
  multiline?: boolean;
  type?: 'text' | 'url' | 'number';
  /** Optional fields say so in the label; emptied, their key leaves the draft. */
  optional?: boolean;
  /** Replaces the plain edit (a string; emptied, optional keys leave): gets the field's value. */
  onInput?: (value: string) => void;
  /** The control's `autocomplete`; `off` by default. */
  autocomplete?: string;
  /** Whether the field must be filled in; by default, when it is not optional. */
  required?: boolean;
  /** The `step` of a number field; `1` by default. */
  step?: string;
}

/** One list to edit: where it is, what its items are called, and how to show and make one. */
export interface ListOptions<I> {
  path: string;
  noun: NounKey;
  /** The list's visible name (its legend). */
  label: string;
  items: readonly I[];
  limits: Limits;
  /** A heading level for the list's legend and its items' legends (top-level lists). */
  headings?: boolean;
  /** The item's title, shown in its legend ("Råd 3: Gør det konkret"). */
  title?: (item: I) => string;
  /** The fields of one item. */
  renderItem: (item: I, path: string, index: number) => TemplateResult;
  /** A new, empty item. */
  create: () => I;
  /** A hint under the list's legend. */
  hint?: string;
}

/** What to do once the shell has handed back the edited draft. */
export interface Pending {
  focus?: () => HTMLElement | null | undefined;
  message?: string;
}

/** The form, as its pieces see it. */
export interface FormHost {
  readonly draft: object;
  readonly s: FormStrings;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly places: ProblemPlaces;
  /** Hands a new draft to the shell; `pending` runs once the shell has handed it back. */
  commit(draft: object, pending?: Pending): void;
  renderField(o: FieldOptions): TemplateResult;
  /** The problems shown at `path`, each as "Label: message". */
  renderMessages(path: string, label: string): TemplateResult | typeof nothing;
  requestUpdate(): void;
}

/** `aria-describedby` from ids, or undefined. */
export function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
