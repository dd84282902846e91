// Sentences for what the builder refused: content over a size limit, a saved draft it could not
// open. Numbers are written the way the editor's language writes them (1.000 in Danish).
import { format } from '../core/format.js';
import type { BuilderLang } from './builder-types.js';
import { da } from './embed-builder.da.js';
import { en } from './embed-builder.en.js';
import type { BuilderStrings } from './embed-builder.strings.js';
import { da as formsDa } from './forms/forms.da.js';
import { en as formsEn } from './forms/forms.en.js';
import type { SizeProblem } from './limits.js';
import type { LoadProblem } from './state.js';

/** The builder's strings in `lang`. */
export const builderStrings = (lang: BuilderLang): BuilderStrings => (lang === 'en' ? en : da);

const number = (lang: BuilderLang, value: number) => new Intl.NumberFormat(lang).format(value);

/** `bytes` as the editor reads a file size: `500 kB`. */
const size = (lang: BuilderLang, bytes: number) =>
  `${number(lang, Math.round(bytes / 1000))}\u00a0kB`;

/** What limit `problem` is over, in a sentence: "Der er 1.000 råd i indholdet, men …". */
export function sizeMessage(problem: SizeProblem, lang: BuilderLang): string {
  const s = builderStrings(lang);
  if (problem.type === 'bytes') return format(s.tooLarge, { max: size(lang, problem.max) });
  const nouns = (lang === 'en' ? formsEn : formsDa).nouns;
  const { owner } = problem;
  return format(s.tooMany, {
    count: number(lang, problem.count),
    many: nouns[problem.noun].many,
    where: owner ? format(s.inItem, { noun: nouns[owner.noun].one, n: owner.n }) : s.inContent,
    max: number(lang, problem.max),
  });
}

/** Why a saved draft, or part of it, was not opened, in a sentence. */
export function loadMessage(problem: LoadProblem, lang: BuilderLang): string {
  const s = builderStrings(lang);
  switch (problem.type) {
    case 'unreadable':
      return s.storedUnreadable;
    case 'version':
      return s.storedVersion;
    case 'too-large':
      return format(s.storedTooLarge, { max: size(lang, problem.max) });
    case 'partly':
      return s.storedPartly;
    case 'draft':
      return format(s.storedDraft, {
        kind: s.draftOf[problem.kind],
        reason: sizeMessage(problem.size, lang),
      });
  }
}
