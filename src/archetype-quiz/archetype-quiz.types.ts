// The quiz's JSON format: its types and list limits. Types and constants only, so the language
// packs, the schema, the scoring and the builder can read it without loading anything else.
import type { ListLimits } from '../core/problems.js';

/**
 * One answer to a question. It scores in one of two ways, and every option of a quiz uses the
 * same one: `level` (the archetype level the answer speaks for) or `weights` (points per archetype
 * id). See {@link scoreQuiz}.
 */
export interface QuizOption {
  /** The answer's text. */
  label: string;
  /** The archetype level this answer points to (an archetype with this `level` must exist). */
  level?: number | undefined;
  /** Points this answer gives each archetype, by archetype id; archetypes left out get 0. */
  weights?: Record<string, number> | undefined;
}

/** One question, shown as a group of radio buttons. */
export interface QuizQuestion {
  /** A stable id (lower-case letters, digits, hyphens), unique among the questions. */
  id: string;
  /** The question. */
  text: string;
  /**
   * 2 to 10 answers, shown in this order. Avoid sorting them by level: the last would look "best"
   * (the built-in quiz varies the order from question to question).
   */
  options: QuizOption[];
}

/** One persona: a level of digital competence. */
export interface Archetype {
  /** A stable id (lower-case letters, digits, hyphens), unique among the archetypes. */
  id: string;
  /** The order: 1 is the first step of the ladder; higher is further along. Unique. */
  level: number;
  /** The persona's name, e.g. "Viktor Velvillig". */
  name: string;
  /** A short portrait of the persona. */
  portrait: string;
  /** What the persona is good at, shown as a list. */
  strengths?: string[] | undefined;
  /** A concrete next step towards the level above (for the top level: helping others along). */
  nextStep: string;
}

/** The content of `<digi-archetype-quiz>`: its JSON format. */
export interface ArchetypeQuizContent {
  /** The quiz's title on the intro screen; the built-in title is used when left out. */
  title?: string | undefined;
  /** A sentence or two on the intro screen saying what the quiz is; a built-in one otherwise. */
  intro?: string | undefined;
  /** 2 to 10 archetypes, in any order (the `level` orders them). */
  archetypes: Archetype[];
  /** 1 to 50 questions, asked in this order. */
  questions: QuizQuestion[];
}

/**
 * How many items each list of the content may hold: 2 to 10 archetypes, 1 to 50 questions, 2 to
 * 10 options a question, up to 10 strengths an archetype. The schema and the builder's forms read
 * these.
 */
export const archetypeQuizLimits = {
  archetypes: { min: 2, max: 10 },
  questions: { min: 1, max: 50 },
  options: { min: 2, max: 10 },
  strengths: { min: 0, max: 10 },
} as const satisfies Readonly<Record<string, ListLimits>>;
