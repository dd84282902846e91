import type { ContentSpec } from '../core/digi-element.js';
import type { ListLimits } from '../core/problems.js';
import { da } from './archetype-quiz.da.js';
import type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';

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

/** Languages and loading: Danish is bundled, English and the loader come when needed. */
export const archetypeQuizSpec: ContentSpec<ArchetypeQuizContent, ArchetypeQuizStrings> = {
  da,
  en: () => import('./archetype-quiz.en.js').then((m) => m.en),
  loader: () => import('./archetype-quiz.schema.js').then((m) => m.loader),
};

/** The outcome of a completed quiz. */
export interface QuizScore {
  /** The archetype the reader is placed at. */
  archetype: Archetype;
  /** Per archetype id: answers at its level (level scoring) or its weighted sum (weights scoring). */
  scores: Record<string, number>;
}

/** The archetypes from the lowest level to the highest. */
export function ladder(content: ArchetypeQuizContent): Archetype[] {
  return [...content.archetypes].sort((a, b) => a.level - b.level);
}

/**
 * Places a reader from their answers (`answers[i]` is the index of the option chosen for
 * `questions[i]`; unanswered questions are skipped).
 *
 * - **Level scoring** (options carry `level`): the mean level of the answers, rounded to the
 *   nearest archetype level. A mean exactly between two levels goes to the **lower** one: nobody is
 *   placed above what they answered. `scores[id]` is the number of answers at that archetype's
 *   level.
 * - **Weights scoring** (options carry `weights`): each archetype's weighted sum over the answers;
 *   the highest sum wins, a tie goes to the **lower** level. `scores[id]` is that sum (0 for an
 *   archetype no answer weighted).
 */
export function scoreQuiz(
  content: ArchetypeQuizContent,
  answers: readonly (number | undefined)[],
): QuizScore {
  const steps = ladder(content);
  const chosen = content.questions.flatMap((q, i) => {
    const option = answers[i] === undefined ? undefined : q.options[answers[i]];
    return option ? [option] : [];
  });
  const byWeights = Boolean(chosen[0]?.weights);
  // Per step of the ladder. Weights are read as own properties only: an id such as `constructor`
  // or `toString` must never meet what every object inherits under that name.
  const sums = steps.map((a) => {
    let sum = 0;
    for (const { level, weights: w } of chosen)
      sum += byWeights ? (w && Object.hasOwn(w, a.id) ? w[a.id]! : 0) : Number(level === a.level);
    return sum;
  });
  // Levels: compare |level - mean| as |level·n - sum| so halves are exact and ties stay ties.
  const total = chosen.reduce((sum, option) => sum + (option.level ?? 0), 0);
  const rank = (i: number) =>
    byWeights ? sums[i]! : -Math.abs(steps[i]!.level * chosen.length - total);
  let best = 0;
  for (let i = 1; i < steps.length; i++) if (rank(i) > rank(best)) best = i;
  return {
    archetype: steps[best]!,
    scores: Object.fromEntries(steps.map((a, i) => [a.id, sums[i]!])),
  };
}

/**
 * A fingerprint of what scoring depends on (ids, levels, options, weights), not of the wording:
 * saved answers survive a language switch or a fixed typo but not a changed quiz.
 */
export function quizFingerprint(content: ArchetypeQuizContent): string {
  return JSON.stringify([
    ladder(content).map((a) => [a.id, a.level]),
    content.questions.map((q) => [q.id, q.options.map((o) => o.level ?? o.weights)]),
  ]);
}
