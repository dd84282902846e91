// Generated from custom-elements.json by scripts/jsx-types.mjs: do not edit, run
// `node scripts/jsx-types.mjs`. React 19 JSX types for the elements (`@digileder/widgets/jsx`):
// React 19 sets each prop the element has as a property (else as an attribute) and listens to
// `on<event-name>` props, e.g. `ondigi-tip-change`. Types only: importing this registers nothing.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  DigiArchetypeQuiz,
  DigiErrorEvent,
  DigiQuizAnswerEvent,
  DigiQuizCompleteEvent,
  DigiQuizStartEvent,
  DigiStrategyWheel,
  DigiThemeSelectEvent,
  DigiTipCarousel,
  DigiTipChangeEvent,
} from './index.js';

/** The props of `<digi-archetype-quiz>` in React 19 JSX. */
export type DigiArchetypeQuizJsxProps = DetailedHTMLProps<
  HTMLAttributes<DigiArchetypeQuiz>,
  DigiArchetypeQuiz
> & {
  /** Keep the answers and the position in this browser's `localStorage` (under the element's `id`, else its `src`, else the quiz's own fingerprint) until the reader starts over; ignored when the quiz has changed since. */
  persist?: DigiArchetypeQuiz['persist'];
  /** The heading level (1–6) of the quiz's headings, to fit the page's outline. */
  'heading-level'?: DigiArchetypeQuiz['headingLevel'] | `${DigiArchetypeQuiz['headingLevel']}`;
  headingLevel?: DigiArchetypeQuiz['headingLevel'];
  /** URL of a JSON document with the content (same origin, or served with CORS). */
  src?: DigiArchetypeQuiz['src'];
  /** The accessible name of the widget; a built-in one is used when unset. */
  label?: DigiArchetypeQuiz['label'];
  /** Content as an object in the widget's JSON format; wins over `src` and inline JSON. */
  content?: DigiArchetypeQuiz['content'];
  /** Overrides for any UI string, by key (see the widget's strings type). */
  strings?: DigiArchetypeQuiz['strings'];
  /** The reader pressed Start. */
  'ondigi-quiz-start'?: (event: DigiQuizStartEvent) => void;
  /** The reader chose an answer; `detail` is `{ questionId, value, option }` (`value`: the option's index from 0). */
  'ondigi-quiz-answer'?: (event: DigiQuizAnswerEvent) => void;
  /** The reader reached the result; `detail` is `{ archetype, level, scores }` (`archetype`: its id). */
  'ondigi-quiz-complete'?: (event: DigiQuizCompleteEvent) => void;
  /** Content or an attribute was refused; `detail` is `{ reason, path?, message }`. */
  'ondigi-error'?: (event: DigiErrorEvent) => void;
};

/** The props of `<digi-strategy-wheel>` in React 19 JSX. */
export type DigiStrategyWheelJsxProps = DetailedHTMLProps<
  HTMLAttributes<DigiStrategyWheel>,
  DigiStrategyWheel
> & {
  /** The id of the selected theme; reflects the reader's choice. Unknown ids select the first. */
  selected?: DigiStrategyWheel['selected'];
  /** Turn the wheel so the selected segment sits at the top. No animation under reduced motion. */
  rotate?: DigiStrategyWheel['rotate'];
  /** The heading level of the theme's title in the panel (1–6), to fit the page's outline. */
  'heading-level'?: DigiStrategyWheel['headingLevel'] | `${DigiStrategyWheel['headingLevel']}`;
  headingLevel?: DigiStrategyWheel['headingLevel'];
  /** URL of a JSON document with the content (same origin, or served with CORS). */
  src?: DigiStrategyWheel['src'];
  /** The accessible name of the widget; a built-in one is used when unset. */
  label?: DigiStrategyWheel['label'];
  /** Content as an object in the widget's JSON format; wins over `src` and inline JSON. */
  content?: DigiStrategyWheel['content'];
  /** Overrides for any UI string, by key (see the widget's strings type). */
  strings?: DigiStrategyWheel['strings'];
  /** The reader chose another theme (click, touch or key); `detail` is `{ id, index }`. */
  'ondigi-theme-select'?: (event: DigiThemeSelectEvent) => void;
  /** Content or an attribute was refused; `detail` is `{ reason, path?, message }`. */
  'ondigi-error'?: (event: DigiErrorEvent) => void;
};

/** The props of `<digi-tip-carousel>` in React 19 JSX. */
export type DigiTipCarouselJsxProps = DetailedHTMLProps<
  HTMLAttributes<DigiTipCarousel>,
  DigiTipCarousel
> & {
  /** Turn the tips automatically. Starts stopped under `prefers-reduced-motion: reduce`. */
  autoplay?: DigiTipCarousel['autoplay'];
  /** Seconds per tip while rotating; at least 5, default 10. */
  interval?: DigiTipCarousel['interval'];
  /** The first tip: a number from 1, or `today` for the tip of the day. */
  start?: DigiTipCarousel['start'];
  /** The heading level of tip titles (1–6), to fit the page's outline. */
  'heading-level'?: DigiTipCarousel['headingLevel'] | `${DigiTipCarousel['headingLevel']}`;
  headingLevel?: DigiTipCarousel['headingLevel'];
  /** URL of a JSON document with the content (same origin, or served with CORS). */
  src?: DigiTipCarousel['src'];
  /** The accessible name of the widget; a built-in one is used when unset. */
  label?: DigiTipCarousel['label'];
  /** Content as an object in the widget's JSON format; wins over `src` and inline JSON. */
  content?: DigiTipCarousel['content'];
  /** Overrides for any UI string, by key (see the widget's strings type). */
  strings?: DigiTipCarousel['strings'];
  /** The reader or autoplay showed another tip; `detail` is `{ index, tip }`. */
  'ondigi-tip-change'?: (event: DigiTipChangeEvent) => void;
  /** Content or an attribute was refused; `detail` is `{ reason, path?, message }`. */
  'ondigi-error'?: (event: DigiErrorEvent) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'digi-archetype-quiz': DigiArchetypeQuizJsxProps;
      'digi-strategy-wheel': DigiStrategyWheelJsxProps;
      'digi-tip-carousel': DigiTipCarouselJsxProps;
    }
  }
}
