import type { CoreStrings } from '../core/core.strings.js';

/** Every string `<digi-archetype-quiz>` shows or announces; override any through `strings`. */
export interface ArchetypeQuizStrings extends CoreStrings {
  /** The quiz's title and accessible name, unless `label` or the content's `title` is set. */
  title: string;
  /** What the quiz is, on the intro screen, unless the content has an `intro`. */
  intro: string;
  /** How long it takes: `{count}` questions, about `{minutes}` minutes (2 or more). */
  duration: string;
  /** How long it takes when it is about one minute: `{count}` questions. */
  durationOneMinute: string;
  /** The intro's privacy promise without `persist`: nothing is stored. */
  privacy: string;
  /** The intro's privacy promise with `persist`: answers stay in this browser on this device. */
  privacyPersist: string;
  /** The button that starts the quiz. */
  start: string;
  /** The position in text: question `{n}` of `{total}`. */
  progress: string;
  back: string;
  next: string;
  /** The Next button's text on the last question. */
  finish: string;
  /** Shown and announced when Next is pressed with no answer chosen. */
  answerRequired: string;
  /** The result's heading: `{name}` is the persona. */
  resultHeading: string;
  /** The reader's level in text: `{n}` of `{total}`. */
  level: string;
  strengths: string;
  nextStep: string;
  /** The heading of the ladder of all levels. */
  ladder: string;
  /** One rung of the ladder: `{n}` is its level from 1. */
  ladderLevel: string;
  /** The marker on the reader's rung. */
  yourLevel: string;
  /** The button that clears the answers and goes back to the intro. */
  restart: string;
}
