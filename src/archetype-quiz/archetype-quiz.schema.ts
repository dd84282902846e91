// The JSON format of the quiz's content as a runtime schema (exported to
// schemas/archetype-quiz.schema.json), with the checks that make a quiz playable. A separate chunk:
// loaded only for custom content.
import * as v from 'valibot';
import type { ContentProblem } from '../core/problems.js';
import { createLoader, duplicateIds, id, list, numbersById, text } from '../core/validate.js';
import {
  archetypeQuizLimits as limits,
  type Archetype,
  type ArchetypeQuizContent,
  type QuizOption,
  type QuizQuestion,
} from './archetype-quiz.types.js';

const level = () => v.pipe(v.number('number'), v.integer('integer'), v.minValue(1, 'min-value'));

export const quizOptionSchema: v.GenericSchema<unknown, QuizOption> = v.object(
  {
    label: text(),
    level: v.optional(level()),
    weights: v.optional(numbersById()),
  },
  'object',
);

export const quizQuestionSchema: v.GenericSchema<unknown, QuizQuestion> = v.object(
  {
    id: id(),
    text: text(),
    options: list(quizOptionSchema, limits.options.min, limits.options.max),
  },
  'object',
);

export const archetypeSchema: v.GenericSchema<unknown, Archetype> = v.object(
  {
    id: id(),
    level: level(),
    name: text(),
    portrait: text(),
    strengths: v.optional(list(text(), limits.strengths.min, limits.strengths.max)),
    nextStep: text(),
  },
  'object',
);

export const archetypeQuizSchema: v.GenericSchema<unknown, ArchetypeQuizContent> = v.object(
  {
    title: v.optional(text()),
    intro: v.optional(text()),
    archetypes: list(archetypeSchema, limits.archetypes.min, limits.archetypes.max),
    questions: list(quizQuestionSchema, limits.questions.min, limits.questions.max),
  },
  'object',
);

/**
 * What makes a quiz unplayable beyond its shape: duplicate ids, two archetypes on one level, an
 * option with neither or both of `level` and `weights`, a quiz mixing the two, a `level` no
 * archetype has, and `weights` naming an archetype that does not exist.
 */
export function checkQuiz(data: ArchetypeQuizContent): ContentProblem[] {
  const problems = [
    ...duplicateIds(data.archetypes, 'archetypes'),
    ...duplicateIds(data.questions, 'questions'),
  ];
  const ids = new Set(data.archetypes.map((a) => a.id));
  const levels = new Set<number>();
  data.archetypes.forEach((a, i) => {
    if (levels.has(a.level))
      problems.push({ path: `archetypes[${i}].level`, code: 'duplicate-id' });
    levels.add(a.level);
  });
  const first = data.questions[0]!.options[0]!;
  const byLevel = first.weights === undefined;
  data.questions.forEach((q, i) =>
    q.options.forEach((o, j) => {
      const path = `questions[${i}].options[${j}]`;
      if (o.level === undefined && o.weights === undefined) {
        problems.push({ path: `${path}.${byLevel ? 'level' : 'weights'}`, code: 'missing' });
      } else if (byLevel ? o.weights !== undefined : o.level !== undefined) {
        // Both on one option, or not the way the first option scores.
        problems.push({ path: `${path}.${byLevel ? 'weights' : 'level'}`, code: 'invalid' });
      } else if (o.level !== undefined && !levels.has(o.level)) {
        problems.push({ path: `${path}.level`, code: 'unknown-ref' });
      } else {
        for (const key of Object.keys(o.weights ?? {})) {
          if (!ids.has(key)) problems.push({ path: `${path}.weights.${key}`, code: 'unknown-ref' });
        }
      }
    }),
  );
  return problems;
}

/** Loaded on demand by the quiz when its content is not the built-in. */
export const loader = createLoader(archetypeQuizSchema, checkQuiz);
