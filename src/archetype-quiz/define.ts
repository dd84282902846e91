import { defineElement } from '../core/define.js';
import { DigiArchetypeQuiz } from './archetype-quiz.js';

defineElement('digi-archetype-quiz', DigiArchetypeQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'digi-archetype-quiz': DigiArchetypeQuiz;
  }
}

export { DigiArchetypeQuiz };
export type {
  Archetype,
  ArchetypeQuizContent,
  QuizOption,
  QuizQuestion,
} from './archetype-quiz.types.js';
export type { QuizScore } from './archetype-quiz.scoring.js';
export type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';
export {
  DigiQuizAnswerEvent,
  DigiQuizCompleteEvent,
  DigiQuizStartEvent,
  type DigiQuizAnswerDetail,
  type DigiQuizCompleteDetail,
} from './quiz-events.js';
export { DigiErrorEvent, type DigiErrorDetail, type DigiErrorReason } from '../core/events.js';
