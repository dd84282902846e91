// The quiz's one public door: everything other modules (the package entries, the builder, the
// integrations, tests) may use of it. Importing it registers nothing; `define.ts` registers.
export { DigiArchetypeQuiz } from './archetype-quiz.js';
export {
  archetypeQuizLimits,
  type Archetype,
  type ArchetypeQuizContent,
  type QuizOption,
  type QuizQuestion,
} from './archetype-quiz.types.js';
export { archetypeQuizSpec } from './archetype-quiz.content.js';
export { ladder, quizFingerprint, scoreQuiz, type QuizScore } from './archetype-quiz.scoring.js';
export {
  archetypeQuizSchema,
  archetypeSchema,
  checkQuiz,
  quizOptionSchema,
  quizQuestionSchema,
} from './archetype-quiz.schema.js';
export type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';
export { da as archetypeQuizDa } from './archetype-quiz.da.js';
export { en as archetypeQuizEn } from './archetype-quiz.en.js';
export {
  DigiQuizAnswerEvent,
  DigiQuizCompleteEvent,
  DigiQuizStartEvent,
  type DigiQuizAnswerDetail,
  type DigiQuizCompleteDetail,
} from './quiz-events.js';
