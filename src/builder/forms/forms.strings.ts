// The content forms' words: their types (the Danish and English packs are forms.da.ts and
// forms.en.ts). The validation messages are not here: they come from src/core/validate.ts, the
// same the widgets show.

/** How a form names one kind of list item, for legends, buttons and announcements. */
export interface Noun {
  /** `råd`, `spørgsmål`, in a sentence. */
  one: string;
  /** `råd`, `spørgsmål`, plural. */
  many: string;
  /** `Råd`, at the start of a sentence. */
  One: string;
}

/** The kinds of list item the forms edit. */
export type NounKey =
  'tip' | 'question' | 'option' | 'archetype' | 'strength' | 'theme' | 'example';

export interface FormStrings {
  /** Nouns for each kind of list item. */
  nouns: Record<NounKey, Noun>;
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
