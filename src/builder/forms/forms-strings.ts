// The content forms' own words in Danish and English. The validation messages are not here: they
// come from src/core/validate.ts, the same the widgets show.
import type { BuilderLang } from '../builder-types.js';

/** How a form names one kind of list item, for legends, buttons and announcements. */
export interface Noun {
  /** `råd`, `spørgsmål`, in a sentence. */
  one: string;
  /** `råd`, `spørgsmål`, plural. */
  many: string;
  /** `Råd`, at the start of a sentence. */
  One: string;
}

export interface FormStrings {
  /** Nouns for each kind of list item. */
  nouns: Record<
    'tip' | 'question' | 'option' | 'archetype' | 'strength' | 'theme' | 'example',
    Noun
  >;
  moveUp: string;
  moveDown: string;
  remove: string;
  up: string;
  down: string;
  removeText: string;
  add: string;
  undo: string;
  undoName: string;
  added: string;
  removed: string;
  restored: string;
  movedUp: string;
  movedDown: string;
  atMax: string;
  atMin: string;
  itemLegend: string;
  itemLegendTitled: string;
  optional: string;
  advanced: string;
  idHint: string;
  idHintRequired: string;
  // Tips.
  tipsHeading: string;
  tipTitle: string;
  tipBody: string;
  bodyHint: string;
  link: string;
  linkHint: string;
  linkText: string;
  linkHref: string;
  hrefHint: string;
  id: string;
  // Quiz.
  quizTitle: string;
  quizTitleHint: string;
  quizIntro: string;
  quizIntroHint: string;
  archetypesHeading: string;
  archetypeName: string;
  archetypeLevel: string;
  archetypeLevelHint: string;
  portrait: string;
  strengthsHeading: string;
  strength: string;
  nextStep: string;
  questionsHeading: string;
  questionText: string;
  optionsHeading: string;
  optionLabel: string;
  optionLevel: string;
  chooseLevel: string;
  levelOption: string;
  unknownLevel: string;
  weightsLegend: string;
  weightsHint: string;
  unknownArchetype: string;
  scoringByLevel: string;
  scoringByWeights: string;
  // Wheel.
  themesHeading: string;
  themeTitle: string;
  description: string;
  examplesHeading: string;
  example: string;
  color: string;
  colorPicker: string;
  colorCode: string;
  colorHint: string;
  defaultColor: string;
  lowContrast: string;
  goodContrast: string;
  // Errors not tied to a field.
  contentProblem: string;
}

const da: FormStrings = {
  nouns: {
    tip: { one: 'råd', many: 'råd', One: 'Råd' },
    question: { one: 'spørgsmål', many: 'spørgsmål', One: 'Spørgsmål' },
    option: { one: 'svar', many: 'svar', One: 'Svar' },
    archetype: { one: 'persona', many: 'personaer', One: 'Persona' },
    strength: { one: 'styrke', many: 'styrker', One: 'Styrke' },
    theme: { one: 'tema', many: 'temaer', One: 'Tema' },
    example: { one: 'eksempel', many: 'eksempler', One: 'Eksempel' },
  },
  moveUp: 'Flyt {noun} {n} op',
  moveDown: 'Flyt {noun} {n} ned',
  remove: 'Fjern {noun} {n}',
  up: 'Op',
  down: 'Ned',
  removeText: 'Fjern',
  add: 'Tilføj {noun}',
  undo: 'Fortryd',
  undoName: 'Fortryd: sæt {noun} {n} ind igen',
  added: '{Noun} {n} tilføjet',
  removed: '{Noun} {n} fjernet',
  restored: '{Noun} {n} sat ind igen',
  movedUp: '{Noun} {n} flyttet op til plads {to}',
  movedDown: '{Noun} {n} flyttet ned til plads {to}',
  atMax: 'Der kan højst være {max} {many}.',
  atMin: 'Der skal være mindst {min} {noun}.',
  itemLegend: '{Noun} {n}',
  itemLegendTitled: '{Noun} {n}: {title}',
  optional: '(valgfri)',
  advanced: 'Avanceret: id',
  idHint: 'Små bogstaver, tal og bindestreg. Kan stå tomt.',
  idHintRequired:
    'Små bogstaver, tal og bindestreg, forskelligt fra de andres. Et nyt id følger titlen, ' +
    'mens du skriver; skift det ikke, når koden er taget i brug.',
  tipsHeading: 'Råd',
  tipTitle: 'Titel',
  tipBody: 'Tekst',
  bodyHint: 'En tom linje starter et nyt afsnit.',
  link: 'Link',
  linkHint: 'Udfyld begge felter eller ingen af dem.',
  linkText: 'Linktekst',
  linkHref: 'Adresse',
  hrefHint: 'En adresse, der begynder med https://, eller en sti på jeres eget site som /om-os.',
  id: 'Id',
  quizTitle: 'Titel',
  quizTitleHint: 'Står den tom, bruges den indbyggede titel.',
  quizIntro: 'Introduktion',
  quizIntroHint: 'En sætning eller to om testen. Står den tom, bruges den indbyggede tekst.',
  archetypesHeading: 'Personaer',
  archetypeName: 'Navn',
  archetypeLevel: 'Niveau',
  archetypeLevelHint: 'Et helt tal fra 1. 1 er det første trin; hver persona har sit eget niveau.',
  portrait: 'Portræt',
  strengthsHeading: 'Styrker',
  strength: 'Styrke {n}',
  nextStep: 'Næste skridt',
  questionsHeading: 'Spørgsmål',
  questionText: 'Spørgsmål',
  optionsHeading: 'Svarmuligheder',
  optionLabel: 'Svar',
  optionLevel: 'Peger på',
  chooseLevel: 'Vælg en persona',
  levelOption: 'Niveau {level} – {name}',
  unknownLevel: 'Niveau {level} – ingen persona',
  weightsLegend: 'Point til hver persona',
  weightsHint: 'Tomme felter giver 0 point.',
  unknownArchetype: '{id} (ingen persona med det id)',
  scoringByLevel: 'Hvert svar peger på én persona.',
  scoringByWeights: 'Hvert svar giver point til personaerne.',
  themesHeading: 'Temaer',
  themeTitle: 'Titel',
  description: 'Beskrivelse',
  examplesHeading: 'Eksempler',
  example: 'Eksempel {n}',
  color: 'Farve',
  colorPicker: 'Vælg farve',
  colorCode: 'Farvekode',
  colorHint: 'Som #1a6b3c.',
  defaultColor: 'Brug standardfarven',
  lowContrast: 'Farven har kun kontrasten {ratio}:1 mod hvid; mindst 3:1 gør segmentet let at se.',
  goodContrast: 'Kontrast mod hvid: {ratio}:1.',
  contentProblem: 'Indholdet',
};

const en: FormStrings = {
  nouns: {
    tip: { one: 'tip', many: 'tips', One: 'Tip' },
    question: { one: 'question', many: 'questions', One: 'Question' },
    option: { one: 'answer', many: 'answers', One: 'Answer' },
    archetype: { one: 'persona', many: 'personas', One: 'Persona' },
    strength: { one: 'strength', many: 'strengths', One: 'Strength' },
    theme: { one: 'theme', many: 'themes', One: 'Theme' },
    example: { one: 'example', many: 'examples', One: 'Example' },
  },
  moveUp: 'Move {noun} {n} up',
  moveDown: 'Move {noun} {n} down',
  remove: 'Remove {noun} {n}',
  up: 'Up',
  down: 'Down',
  removeText: 'Remove',
  add: 'Add {noun}',
  undo: 'Undo',
  undoName: 'Undo: put {noun} {n} back',
  added: '{Noun} {n} added',
  removed: '{Noun} {n} removed',
  restored: '{Noun} {n} put back',
  movedUp: '{Noun} {n} moved up to place {to}',
  movedDown: '{Noun} {n} moved down to place {to}',
  atMax: 'There can be at most {max} {many}.',
  atMin: 'There must be at least {min} {noun}.',
  itemLegend: '{Noun} {n}',
  itemLegendTitled: '{Noun} {n}: {title}',
  optional: '(optional)',
  advanced: 'Advanced: id',
  idHint: 'Lower-case letters, digits and hyphens. May be left empty.',
  idHintRequired:
    'Lower-case letters, digits and hyphens, different from the others. A new id follows ' +
    'the title as you type; do not change it once the snippet is in use.',
  tipsHeading: 'Tips',
  tipTitle: 'Title',
  tipBody: 'Text',
  bodyHint: 'A blank line starts a new paragraph.',
  link: 'Link',
  linkHint: 'Fill in both fields or neither.',
  linkText: 'Link text',
  linkHref: 'Address',
  hrefHint: 'An address starting with https://, or a path on your own site such as /about.',
  id: 'Id',
  quizTitle: 'Title',
  quizTitleHint: 'Left empty, the built-in title is used.',
  quizIntro: 'Introduction',
  quizIntroHint: 'A sentence or two about the quiz. Left empty, the built-in text is used.',
  archetypesHeading: 'Personas',
  archetypeName: 'Name',
  archetypeLevel: 'Level',
  archetypeLevelHint: 'A whole number from 1. 1 is the first step; each persona has its own level.',
  portrait: 'Portrait',
  strengthsHeading: 'Strengths',
  strength: 'Strength {n}',
  nextStep: 'Next step',
  questionsHeading: 'Questions',
  questionText: 'Question',
  optionsHeading: 'Answers',
  optionLabel: 'Answer',
  optionLevel: 'Points to',
  chooseLevel: 'Choose a persona',
  levelOption: 'Level {level} – {name}',
  unknownLevel: 'Level {level} – no persona',
  weightsLegend: 'Points for each persona',
  weightsHint: 'Empty fields give 0 points.',
  unknownArchetype: '{id} (no persona has this id)',
  scoringByLevel: 'Each answer points to one persona.',
  scoringByWeights: 'Each answer gives points to the personas.',
  themesHeading: 'Themes',
  themeTitle: 'Title',
  description: 'Description',
  examplesHeading: 'Examples',
  example: 'Example {n}',
  color: 'Colour',
  colorPicker: 'Pick a colour',
  colorCode: 'Colour code',
  colorHint: 'Like #1a6b3c.',
  defaultColor: 'Use the default colour',
  lowContrast:
    'The colour has a contrast of only {ratio}:1 against white; at least 3:1 makes the segment easy to see.',
  goodContrast: 'Contrast against white: {ratio}:1.',
  contentProblem: 'The content',
};

/** The forms' strings in `lang`. */
export const formStrings: Record<BuilderLang, FormStrings> = { da, en };
