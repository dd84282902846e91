// Generated from src/widgets.json by scripts/entries.mjs: do not edit, run
// `node scripts/entries.mjs`. Classes and types only: importing this file registers nothing. Use
// `define.ts` (the package's main entry) or a widget's define file to register the elements.
export {
  DigiTipCarousel,
  type DigiTipChangeDetail,
  DigiTipChangeEvent,
  type Tip,
  type TipCarouselContent,
  type TipCarouselStrings,
  type TipLink,
} from './tip-carousel/index.js';
export {
  type Archetype,
  type ArchetypeQuizContent,
  type ArchetypeQuizStrings,
  DigiArchetypeQuiz,
  type DigiQuizAnswerDetail,
  DigiQuizAnswerEvent,
  type DigiQuizCompleteDetail,
  DigiQuizCompleteEvent,
  DigiQuizStartEvent,
  type QuizOption,
  type QuizQuestion,
  type QuizScore,
} from './archetype-quiz/index.js';
export {
  DigiStrategyWheel,
  type DigiThemeSelectDetail,
  DigiThemeSelectEvent,
  type StrategyTheme,
  type StrategyWheelContent,
  type StrategyWheelStrings,
  type ThemeLink,
} from './strategy-wheel/index.js';

export { DigiErrorEvent, type DigiErrorDetail, type DigiErrorReason } from './core/events.js';
export type { Lang } from './core/lang.js';
export type { CoreStrings } from './core/core.strings.js';
