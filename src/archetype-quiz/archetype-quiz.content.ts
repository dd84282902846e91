// The quiz's languages and content loading: the wiring the core reads.
import type { ContentSpec } from '../core/digi-element.js';
import { da } from './archetype-quiz.da.js';
import type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';
import type { ArchetypeQuizContent } from './archetype-quiz.types.js';

/** Languages and loading: Danish is bundled, English and the loader come when needed. */
export const archetypeQuizSpec: ContentSpec<ArchetypeQuizContent, ArchetypeQuizStrings> = {
  da,
  en: () => import('./archetype-quiz.en.js').then((m) => m.en),
  loader: () => import('./archetype-quiz.schema.js').then((m) => m.loader),
};
