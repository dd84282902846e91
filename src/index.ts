// Classes and types only: importing this file registers nothing. Use `define.ts` (the package's
// main entry) or a widget's define file to register the elements.
export { DigiTipCarousel } from './tip-carousel/tip-carousel.js';
export type { Tip, TipLink, TipCarouselContent } from './tip-carousel/index.js';
export type { TipCarouselStrings } from './tip-carousel/tip-carousel.strings.js';
export { DigiTipChangeEvent, type DigiTipChangeDetail } from './tip-carousel/tip-change-event.js';

export { DigiArchetypeQuiz } from './archetype-quiz/archetype-quiz.js';
export type {
  Archetype,
  ArchetypeQuizContent,
  QuizOption,
  QuizQuestion,
  QuizScore,
} from './archetype-quiz/index.js';
export type { ArchetypeQuizStrings } from './archetype-quiz/archetype-quiz.strings.js';
export {
  DigiQuizAnswerEvent,
  DigiQuizCompleteEvent,
  DigiQuizStartEvent,
  type DigiQuizAnswerDetail,
  type DigiQuizCompleteDetail,
} from './archetype-quiz/quiz-events.js';

export { DigiStrategyWheel } from './strategy-wheel/strategy-wheel.js';
export type { StrategyTheme, StrategyWheelContent, ThemeLink } from './strategy-wheel/index.js';
export type { StrategyWheelStrings } from './strategy-wheel/strategy-wheel.strings.js';
export {
  DigiThemeSelectEvent,
  type DigiThemeSelectDetail,
} from './strategy-wheel/theme-select-event.js';

export { DigiErrorEvent, type DigiErrorDetail, type DigiErrorReason } from './core/events.js';
export type { Lang } from './core/lang.js';
export type { CoreStrings } from './core/core.strings.js';
