// How a quiz places a reader: the ladder of archetypes, the scoring of answers, and the
// fingerprint saved answers are checked against.
import type { Archetype, ArchetypeQuizContent } from './archetype-quiz.types.js';

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
