/**
 * The SharePoint web part's words, in one place: its title in the toolbox, every label and choice
 * of its property pane, in Danish and English. The web part (integrations/sharepoint/) draws its
 * pane from them, and the builder tells editors what to choose in that pane from them, so the two
 * never disagree. Importing it loads no widget and touches no page.
 *
 * ```ts
 * import { paneStrings, sourceChoices, TOOLBOX } from '@digileder/widgets/sharepoint-pane.js';
 *
 * const s = paneStrings('da');
 * sourceChoices(s).map((choice) => choice.text); // the pane's "Where does the content come from?"
 * TOOLBOX.title.en; // 'Digital leadership'
 * ```
 *
 * @module @digileder/widgets/sharepoint-pane.js
 */
import { format } from './core/format.js';
import type { Lang } from './core/lang.js';
import type { WidgetName } from './integration.js';

/** The web part in SharePoint's toolbox: the manifest's `title`, `description` and `group`. */
export const TOOLBOX = {
  title: { da: 'Digitalt lederskab', en: 'Digital leadership' },
  description: {
    da: 'Råd, selvtest og strategihjul om digitalt lederskab.',
    en: 'Tips, a self-test and a strategy wheel on digital leadership.',
  },
  group: { da: 'Avanceret', en: 'Advanced' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** Every text of the property pane. `{name}` marks a placeholder. */
export interface PaneStrings {
  readonly paneDescription: string;
  readonly widgetGroup: string;
  readonly widgetLabel: string;
  readonly widgetNames: Readonly<Record<WidgetName, string>>;
  readonly contentGroup: string;
  readonly sourceLabel: string;
  readonly sourceBuiltin: string;
  readonly sourceAddress: string;
  readonly sourcePasted: string;
  readonly addressLabel: string;
  readonly addressDescription: string;
  readonly pastedLabel: string;
  readonly pastedDescription: string;
  readonly pastedMissing: string;
  readonly lookGroup: string;
  readonly languageLabel: string;
  readonly languagePage: string;
  readonly languageDa: string;
  readonly languageEn: string;
  readonly labelLabel: string;
  readonly labelDescription: string;
  readonly headingLabel: string;
  readonly headingDefault: string;
  readonly headingLevel: string;
  readonly settingsGroup: string;
  readonly autoplayLabel: string;
  readonly autoplayDescription: string;
  readonly intervalLabel: string;
  readonly startLabel: string;
  readonly startFirst: string;
  readonly startToday: string;
  readonly startNumber: string;
  readonly startNumberLabel: string;
  readonly startNumberInvalid: string;
  readonly persistLabel: string;
  readonly persistDescription: string;
  readonly rotateLabel: string;
  readonly on: string;
  readonly off: string;
}

const da: PaneStrings = {
  paneDescription:
    'Vælg widget og indhold. Siden viser ændringerne med det samme, og de gemmes, når du gemmer siden.',
  widgetGroup: 'Widget',
  widgetLabel: 'Hvilken widget skal siden vise?',
  widgetNames: {
    'tip-carousel': 'Råd-karrusel: råd, der vises ét ad gangen',
    'archetype-quiz': 'Selvtest: Hvilken digital type er du?',
    'strategy-wheel': 'Strategihjul',
  },
  contentGroup: 'Indhold',
  sourceLabel: 'Hvor kommer indholdet fra?',
  sourceBuiltin: 'Det indbyggede indhold',
  sourceAddress: 'En JSON-fil i et dokumentbibliotek',
  sourcePasted: 'JSON, som du indsætter her',
  addressLabel: 'Filens adresse',
  addressDescription:
    'Adressen på en .json-fil på dette SharePoint, fx /sites/intranet/Delte dokumenter/raad.json. Brug filens adresse, ikke et delingslink. Læserne skal have adgang til filen.',
  pastedLabel: 'JSON',
  pastedDescription:
    'Indsæt indholdet i widgettens JSON-format, fx fra widget-byggeren. Det tjekkes, mens du skriver.',
  pastedMissing: 'Indsæt indholdet som JSON.',
  lookGroup: 'Sprog og visning',
  languageLabel: 'Sprog',
  languagePage: 'Som siden (dansk eller engelsk)',
  languageDa: 'Dansk',
  languageEn: 'Engelsk',
  labelLabel: 'Navn til skærmlæsere (valgfrit)',
  labelDescription: 'Læses op, når man når til widgetten. Tomt felt: widgettens eget navn.',
  headingLabel: 'Overskriftsniveau',
  headingDefault: 'Widgettens eget niveau',
  headingLevel: 'Niveau {level}',
  settingsGroup: 'Indstillinger',
  autoplayLabel: 'Skift råd automatisk',
  autoplayDescription:
    'Læserne kan altid stoppe skiftet. Det stopper også, når de bruger tastaturet eller musen i karrusellen.',
  intervalLabel: 'Sekunder for hvert råd',
  startLabel: 'Første råd, der vises',
  startFirst: 'Det første',
  startToday: 'Dagens råd (et nyt hver dag)',
  startNumber: 'Et bestemt råd',
  startNumberLabel: 'Rådets nummer',
  startNumberInvalid: 'Skriv et helt tal fra 1 til {max}.',
  persistLabel: 'Husk svarene på læserens computer',
  persistDescription:
    'Svarene gemmes kun i læserens browser, så testen kan fortsætte senere. De sendes ikke videre.',
  rotateLabel: 'Drej hjulet, så det valgte tema står øverst',
  on: 'Til',
  off: 'Fra',
};

const en: PaneStrings = {
  paneDescription:
    'Choose a widget and its content. The page shows your changes at once; they are kept when you save the page.',
  widgetGroup: 'Widget',
  widgetLabel: 'Which widget should the page show?',
  widgetNames: {
    'tip-carousel': 'Tip carousel: tips shown one at a time',
    'archetype-quiz': 'Self-assessment: what kind of digital colleague are you?',
    'strategy-wheel': 'Strategy wheel',
  },
  contentGroup: 'Content',
  sourceLabel: 'Where does the content come from?',
  sourceBuiltin: 'The built-in content',
  sourceAddress: 'A JSON file in a document library',
  sourcePasted: 'JSON that you paste here',
  addressLabel: "The file's address",
  addressDescription:
    "The address of a .json file on this SharePoint, e.g. /sites/intranet/Shared Documents/tips.json. Use the file's address, not a sharing link. Readers need access to the file.",
  pastedLabel: 'JSON',
  pastedDescription:
    "Paste the content in the widget's JSON format, e.g. from the widget builder. It is checked as you type.",
  pastedMissing: 'Paste the content as JSON.',
  lookGroup: 'Language and display',
  languageLabel: 'Language',
  languagePage: "The page's (Danish or English)",
  languageDa: 'Danish',
  languageEn: 'English',
  labelLabel: 'Name for screen readers (optional)',
  labelDescription: "Read out when a reader reaches the widget. Empty: the widget's own name.",
  headingLabel: 'Heading level',
  headingDefault: "The widget's own level",
  headingLevel: 'Level {level}',
  settingsGroup: 'Settings',
  autoplayLabel: 'Change tips automatically',
  autoplayDescription:
    'Readers can always stop it. It also stops when they use the keyboard or mouse in the carousel.',
  intervalLabel: 'Seconds for each tip',
  startLabel: 'First tip shown',
  startFirst: 'The first',
  startToday: 'Tip of the day (a new one every day)',
  startNumber: 'A chosen tip',
  startNumberLabel: "The tip's number",
  startNumberInvalid: 'Type a whole number from 1 to {max}.',
  persistLabel: "Remember the answers on the reader's computer",
  persistDescription:
    "The answers are kept only in the reader's browser, so the test can go on later. They are never sent anywhere.",
  rotateLabel: 'Turn the wheel so the chosen theme is at the top',
  on: 'On',
  off: 'Off',
};

/** The pane's texts in `lang`. */
export const paneStrings = (lang: Lang): PaneStrings => (lang === 'da' ? da : en);

/** One option of a pane field: the saved value and the text the editor sees. */
export interface PaneChoice<K extends string | number> {
  /** The value the web part saves; never changes, whatever the language. */
  readonly key: K;
  /** The option's text in the pane, in the pane's language. */
  readonly text: string;
}

/** Where a web part's content comes from (its `contentSource`). */
export type PaneContentSource = 'builtin' | 'address' | 'pasted';
/** The web part's language (its `language`): the page's, or a fixed one. */
export type PaneLanguage = 'page' | Lang;
/** The carousel's first tip (its `start`). */
export type PaneStart = 'first' | 'today' | 'number';

/** The options of "Where does the content come from?". */
export const sourceChoices = (s: PaneStrings): readonly PaneChoice<PaneContentSource>[] => [
  { key: 'builtin', text: s.sourceBuiltin },
  { key: 'address', text: s.sourceAddress },
  { key: 'pasted', text: s.sourcePasted },
];

/** The options of "Language". */
export const languageChoices = (s: PaneStrings): readonly PaneChoice<PaneLanguage>[] => [
  { key: 'page', text: s.languagePage },
  { key: 'da', text: s.languageDa },
  { key: 'en', text: s.languageEn },
];

/** The options of the carousel's "First tip shown". */
export const startChoices = (s: PaneStrings): readonly PaneChoice<PaneStart>[] => [
  { key: 'first', text: s.startFirst },
  { key: 'today', text: s.startToday },
  { key: 'number', text: s.startNumber },
];

/** The heading levels the pane offers besides the widget's own (a web part sits under a title). */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
/** A heading level the pane offers, or 0 for the widget's own. */
export type PaneHeadingLevel = 0 | (typeof HEADING_LEVELS)[number];

/** The options of "Heading level": the widget's own (0), then each of {@link HEADING_LEVELS}. */
export const headingChoices = (s: PaneStrings): readonly PaneChoice<PaneHeadingLevel>[] => [
  { key: 0, text: s.headingDefault },
  ...HEADING_LEVELS.map((level) => ({ key: level, text: format(s.headingLevel, { level }) })),
];
