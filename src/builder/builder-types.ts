// The contract between the embed builder's shell (<digi-embed-builder>) and its three content
// forms (<digi-builder-tips-form>, <digi-builder-quiz-form>, <digi-builder-wheel-form>).
//
// A draft is the widget's JSON content format exactly (TipCarouselContent, ArchetypeQuizContent,
// StrategyWheelContent), as the editor has typed it so far: strings may be empty, lists may be
// short. The shell validates it with the widget's own schema (validate() from src/core/validate.ts
// with the schema and check of src/<widget>/<widget>.schema.ts) and hands the problems back to the
// form, which shows each next to the field its `path` names (`tips[1].title`).
import type { ContentProblem } from '../core/problems.js';

export type { ContentProblem };

/** The builder's UI languages. */
export type BuilderLang = 'da' | 'en';

/** The widgets an editor can build. */
export type WidgetKind = 'tip-carousel' | 'archetype-quiz' | 'strategy-wheel';

/**
 * Fired (bubbling, composed) by a form on every edit, with the whole new draft: a fresh object,
 * never the one it was given mutated. Optional objects whose fields are all empty (a link with
 * neither text nor address) are left out; optional strings left empty are left out.
 */
export class DraftChangeEvent<T = unknown> extends Event {
  constructor(readonly draft: T) {
    super('draft-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'draft-change': DraftChangeEvent;
  }
}

/**
 * What every content form is. Properties set by the shell:
 * - `draft`: the content being edited (the form renders from it and never keeps its own copy);
 * - `problems`: the validation problems of that draft (all of them, the form picks its own);
 * - `lang`: the builder's language, for labels and messages.
 */
export interface ContentForm<T> extends HTMLElement {
  draft: T;
  problems: readonly ContentProblem[];
  lang: BuilderLang;
  /**
   * Moves focus to the field a problem's path names (`questions[0].options[1].label`), or to the
   * nearest item or list it belongs to. Returns false when the form has nothing for that path.
   * The shell's error summary uses it.
   */
  focusField(path: string): boolean;
}

/** A stable DOM id for the field a path names, unique within one form's shadow root. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
}
