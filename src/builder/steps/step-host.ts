// The contract between the builder's shell (<digi-embed-builder>) and its steps: each step is a
// module that renders from the host and changes it only through `change` and `changeWidget`.
import type { ContentProblem, ValidationResult } from '../../core/problems.js';
import type { BuilderLang, WidgetKind } from '../builder-types.js';
import type { BuilderStrings } from '../embed-builder.strings.js';
import type { KindSpec } from '../kinds.js';
import type { BuilderState, LoadProblem, WidgetState } from '../state.js';

/** A message about what the editor just did. */
export interface Message {
  readonly text: string;
  readonly error: boolean;
}

/** What the builder holds only while it is open: never saved. */
export interface Session {
  /** The text in the paste field. */
  readonly pasteText: string;
  /** What happened to the last content started from, opened or pasted. */
  readonly loadMessage: Message | undefined;
  /** The builder's status line (a failed save, a reset). */
  readonly notice: string;
  readonly copyStatus: string;
  /** Whether the editor has asked for the snippet. */
  readonly snippetRequested: boolean;
  /** Whether the problems that block the snippet are announced as an alert. */
  readonly alertProblems: boolean;
  /** The tip or theme (index) whose field the editor was last in: the preview shows it. */
  readonly followed: { readonly kind: WidgetKind; readonly index: number } | undefined;
  /** The accent colour as typed, valid or not (the look keeps the last valid one). */
  readonly accentText: string;
  /** What of the saved draft could not be opened. */
  readonly loadProblems: readonly LoadProblem[];
}

/** A session for `state`, just opened. */
export const newSession = (
  state: BuilderState,
  loadProblems: readonly LoadProblem[] = [],
): Session => ({
  pasteText: '',
  loadMessage: undefined,
  notice: '',
  copyStatus: '',
  snippetRequested: false,
  alertProblems: false,
  followed: undefined,
  accentText: state.look.accent,
  loadProblems,
});

/** The shell, as its steps see it. */
export interface StepHost {
  readonly s: BuilderStrings;
  /** The builder's language. */
  readonly language: BuilderLang;
  readonly state: BuilderState;
  readonly session: Session;
  /** The chosen widget. */
  readonly spec: KindSpec;
  /** What is kept for the chosen widget. */
  readonly widget: WidgetState;
  /** The language of the chosen widget's content. */
  readonly contentLang: BuilderLang;
  /** The chosen widget's draft, validated with the widget's own schema and check. */
  readonly result: ValidationResult<unknown>;
  readonly problems: readonly ContentProblem[];
  /** The chosen widget's last valid content, for the preview while the draft is invalid. */
  readonly lastValid: unknown;
  /** The default hosting folder of the widget files. */
  readonly defaultBase?: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** Changes what is kept (and keeps it) and what is held while the builder is open. */
  change(state?: Partial<BuilderState>, session?: Partial<Session>): void;
  /** Changes what is kept for the chosen widget, as {@link change} does. */
  changeWidget(patch: Partial<WidgetState>, session?: Partial<Session>): void;
  /** Asks to start over. */
  askReset(): void;
}
