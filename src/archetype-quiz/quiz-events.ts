import type { QuizOption } from './archetype-quiz.types.js';

/** Dispatched when the reader presses Start; never for `reset()` or a resumed quiz. */
export class DigiQuizStartEvent extends Event {
  readonly detail: Record<string, never> = {};

  constructor() {
    super('digi-quiz-start', { bubbles: true, composed: true });
  }
}

/** The detail of `digi-quiz-answer`. */
export interface DigiQuizAnswerDetail {
  /** The question's id. */
  readonly questionId: string;
  /** The index (from 0) of the chosen option in the question's `options`. */
  readonly value: number;
  /** The chosen option. */
  readonly option: QuizOption;
}

/** Dispatched each time the reader chooses an answer (a radio button's `change`). */
export class DigiQuizAnswerEvent extends Event {
  readonly detail: DigiQuizAnswerDetail;

  constructor(detail: DigiQuizAnswerDetail) {
    super('digi-quiz-answer', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The detail of `digi-quiz-complete`. */
export interface DigiQuizCompleteDetail {
  /** The id of the archetype the reader is placed at. */
  readonly archetype: string;
  /** That archetype's `level`. */
  readonly level: number;
  /**
   * Per archetype id: with level scoring, how many answers were at that archetype's level; with
   * weights scoring, its weighted sum.
   */
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * Dispatched when the reader reaches the result by answering the last question; never when a
 * saved result is resumed. The answers leave the widget only this way.
 */
export class DigiQuizCompleteEvent extends Event {
  readonly detail: DigiQuizCompleteDetail;

  constructor(detail: DigiQuizCompleteDetail) {
    super('digi-quiz-complete', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digi-quiz-start': DigiQuizStartEvent;
    'digi-quiz-answer': DigiQuizAnswerEvent;
    'digi-quiz-complete': DigiQuizCompleteEvent;
  }
}
