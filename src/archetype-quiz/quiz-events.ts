import { DigiEvent } from '../core/events.js';
import type { QuizOption } from './archetype-quiz.types.js';

/** Dispatched when the reader presses Start; never for `reset()` or a resumed quiz. */
export class DigiQuizStartEvent extends DigiEvent<Record<string, never>> {
  constructor() {
    super('digi-quiz-start', {});
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
export class DigiQuizAnswerEvent extends DigiEvent<DigiQuizAnswerDetail> {
  constructor(detail: DigiQuizAnswerDetail) {
    super('digi-quiz-answer', detail);
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
export class DigiQuizCompleteEvent extends DigiEvent<DigiQuizCompleteDetail> {
  constructor(detail: DigiQuizCompleteDetail) {
    super('digi-quiz-complete', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digi-quiz-start': DigiQuizStartEvent;
    'digi-quiz-answer': DigiQuizAnswerEvent;
    'digi-quiz-complete': DigiQuizCompleteEvent;
  }
}
