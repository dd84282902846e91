// Where a problem is, in words an editor knows from the form: `questions[1].options[2].label`
// becomes "Spørgsmål 2 › Svar 3 › Tekst".
import type { BuilderLang } from './builder-types.js';
import { da } from './embed-builder.da.js';
import { en } from './embed-builder.en.js';
import { parsePath } from './forms/paths.js';

/**
 * A problem's path in the editor's words, or `''` for the whole content. Lists read as their item
 * with its number from 1 (`tips[1]` → "Råd 2"); keys the builder has no word for stay as they are
 * (a key `toString` in the content is "toString", never what every object inherits).
 */
export function placeOf(path: string, lang: BuilderLang): string {
  const words = (lang === 'en' ? en : da).places;
  const parts: string[] = [];
  for (const key of parsePath(path)) {
    if (typeof key === 'number' && parts.length) parts.push(`${parts.pop()!} ${key + 1}`);
    else parts.push(Object.hasOwn(words, key) ? words[key]! : String(key));
  }
  return parts.join(' › ');
}
