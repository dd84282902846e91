// Where a problem is, in words an editor knows from the form: `questions[1].options[2].label`
// becomes "Spørgsmål 2 › Svar 3 › Tekst".
import type { BuilderLang } from './builder-types.js';
import { parsePath } from './forms/paths.js';

const WORDS: Record<BuilderLang, Record<string, string>> = {
  da: {
    tips: 'Råd',
    questions: 'Spørgsmål',
    options: 'Svar',
    archetypes: 'Persona',
    themes: 'Tema',
    examples: 'Eksempel',
    strengths: 'Styrke',
    title: 'Titel',
    body: 'Tekst',
    text: 'Tekst',
    label: 'Tekst',
    link: 'Link',
    href: 'Adresse',
    id: 'Id',
    level: 'Niveau',
    name: 'Navn',
    portrait: 'Portræt',
    nextStep: 'Næste skridt',
    description: 'Beskrivelse',
    color: 'Farve',
    intro: 'Indledning',
    weights: 'Point',
  },
  en: {
    tips: 'Tip',
    questions: 'Question',
    options: 'Answer',
    archetypes: 'Persona',
    themes: 'Theme',
    examples: 'Example',
    strengths: 'Strength',
    title: 'Title',
    body: 'Text',
    text: 'Text',
    label: 'Text',
    link: 'Link',
    href: 'Address',
    id: 'Id',
    level: 'Level',
    name: 'Name',
    portrait: 'Portrait',
    nextStep: 'Next step',
    description: 'Description',
    color: 'Colour',
    intro: 'Introduction',
    weights: 'Points',
  },
};

/**
 * A problem's path in the editor's words, or `''` for the whole content. Lists read as their item
 * with its number from 1 (`tips[1]` → "Råd 2"); keys the builder has no word for stay as they are.
 */
export function placeOf(path: string, lang: BuilderLang): string {
  const words = WORDS[lang];
  const parts: string[] = [];
  for (const key of parsePath(path)) {
    if (typeof key === 'number' && parts.length) parts.push(`${parts.pop()!} ${key + 1}`);
    else parts.push(words[key] ?? String(key));
  }
  return parts.join(' › ');
}
