// The embed page's own words, in Danish and English: its help, and the message that replaces the
// widget when the address is refused. Loaded only when one of them is shown. Nothing from the address is ever repeated back except
// parameter names from the page's own table: a message must not carry anyone else's text.
import type { Lang } from '../core/lang.js';
import type { EmbedProblem, ParameterKind } from './embed-params.js';
import type { SourceCheck } from './embed-source.js';

/** Why the embed page shows no widget: a problem with the address, `src` or the configuration. */
export type RefusalReason =
  | EmbedProblem
  | { readonly code: 'src'; readonly reason: Exclude<SourceCheck, { ok: true }>['reason'] }
  | { readonly code: 'config'; readonly path: string | undefined }
  /** The widget's code could not be loaded. */
  | { readonly code: 'load' };

export interface EmbedStrings {
  readonly helpTitle: string;
  readonly helpHeading: string;
  readonly help: readonly string[];
  readonly refusedTitle: string;
  readonly refusedHeading: string;
  /** Said after problems with the address (not after a broken configuration or a failed load). */
  readonly refusedOutro: string;
  /** One sentence per reason; `origin` is the page's own origin, `widgets` the list of names. */
  problem(reason: RefusalReason, context: { origin: string; widgets: string }): string;
}

const kindDa: Readonly<Record<ParameterKind, (name: string) => string>> = {
  boolean: (n) => `${n} skal stå alene, eller være ${n}=true eller ${n}=false.`,
  seconds: (n) => `${n} skal være et antal sekunder, fx ${n}=15.`,
  start: (n) => `${n} skal være nummeret på et råd (fra 1) eller ${n}=today.`,
  'heading-level': (n) => `${n} skal være et helt tal fra 1 til 6.`,
  text: (n) => `${n} skal være en tekst på højst 100 tegn.`,
  'theme-id': (n) => `${n} skal være id'et på et tema: små bogstaver (a-z), tal og bindestreger.`,
};

const kindEn: Readonly<Record<ParameterKind, (name: string) => string>> = {
  boolean: (n) => `${n} must stand alone, or be ${n}=true or ${n}=false.`,
  seconds: (n) => `${n} must be a number of seconds, for example ${n}=15.`,
  start: (n) => `${n} must be the number of a tip (from 1) or ${n}=today.`,
  'heading-level': (n) => `${n} must be a whole number from 1 to 6.`,
  text: (n) => `${n} must be a text of at most 100 characters.`,
  'theme-id': (n) =>
    `${n} must be the id of a theme: lower-case letters (a-z), digits and hyphens.`,
};

const da: EmbedStrings = {
  helpTitle: 'Indlejring af widgets',
  helpHeading: 'Vis en widget i en iframe',
  help: [
    'Denne side viser én widget fra @digileder/widgets, så du kan sætte den ind på en side som en iframe.',
    'Skriv i adressen, hvilken widget der skal vises, fx index.html?widget=tip-carousel. Der er tre: tip-carousel (råd-karrusel), archetype-quiz (selvtest) og strategy-wheel (strategihjul).',
    'Tilføj lang=en for engelsk og src=/sti/til/fil.json for dit eget indhold fra samme domæne. Vejledningen (docs/embed.md) beskriver alle parametre.',
  ],
  refusedTitle: 'Widgetten kan ikke vises',
  refusedHeading: 'Widgetten kan ikke vises',
  refusedOutro: 'Ret adressen i iframen, eller kontakt den, der har sat widgetten ind på siden.',
  problem(reason, { origin, widgets }) {
    switch (reason.code) {
      case 'missing-widget':
        return `Adressen mangler parameteren widget, som skal være en af: ${widgets}.`;
      case 'unknown-widget':
        return `widget skal være en af: ${widgets}.`;
      case 'unknown-parameter':
        return 'Adressen har en parameter, som siden ikke kender.';
      case 'not-for-widget':
        return `${reason.name} kan ikke bruges med ${reason.widget}.`;
      case 'repeated':
        return `${reason.name} står mere end én gang i adressen.`;
      case 'invalid-lang':
        return 'lang skal være da (dansk) eller en (engelsk).';
      case 'invalid-id':
        return 'id må kun have bogstaver (a-z), tal, bindestreger og understreger, højst 64 tegn.';
      case 'invalid-src':
        return 'src skal være adressen på en JSON-fil, fx src=/filer/raad.json, uden omvendt skråstreg (\\), tabulator eller linjeskift.';
      case 'invalid-value':
        return kindDa[reason.kind](reason.name);
      case 'src':
        return reason.reason === 'foreign'
          ? `src peger på et andet domæne. Indhold må kun hentes fra ${origin} og fra de domæner, som it-afdelingen har skrevet i embed.config.json.`
          : reason.reason === 'credentials'
            ? 'src må ikke indeholde et brugernavn eller en adgangskode.'
            : 'src skal være en adresse, der begynder med https://, http:// eller /.';
      case 'config':
        return `Indstillingsfilen embed.config.json kan ikke bruges${reason.path ? ` (fejl ved ${reason.path})` : ''}, så indhold fra andre domæner er slået fra. Kontakt it-afdelingen.`;
      case 'load':
        return 'Widgetten kunne ikke hentes fra serveren. Prøv at genindlæse siden.';
    }
  },
};

const en: EmbedStrings = {
  helpTitle: 'Embedding widgets',
  helpHeading: 'Show a widget in an iframe',
  help: [
    'This page shows one widget from @digileder/widgets, so that you can put it on a page as an iframe.',
    'Name the widget in the address, for example index.html?widget=tip-carousel. There are three: tip-carousel, archetype-quiz (self-assessment) and strategy-wheel.',
    'Add lang=en for English and src=/path/to/file.json for your own content from the same domain. The guide (docs/embed.md) describes every parameter.',
  ],
  refusedTitle: 'The widget cannot be shown',
  refusedHeading: 'The widget cannot be shown',
  refusedOutro: 'Correct the address in the iframe, or contact whoever put the widget on the page.',
  problem(reason, { origin, widgets }) {
    switch (reason.code) {
      case 'missing-widget':
        return `The address lacks the parameter widget, which must be one of: ${widgets}.`;
      case 'unknown-widget':
        return `widget must be one of: ${widgets}.`;
      case 'unknown-parameter':
        return 'The address has a parameter the page does not know.';
      case 'not-for-widget':
        return `${reason.name} cannot be used with ${reason.widget}.`;
      case 'repeated':
        return `${reason.name} appears more than once in the address.`;
      case 'invalid-lang':
        return 'lang must be da (Danish) or en (English).';
      case 'invalid-id':
        return 'id may only hold letters (a-z), digits, hyphens and underscores, at most 64 characters.';
      case 'invalid-src':
        return 'src must be the address of a JSON file, for example src=/files/tips.json, without backslashes, tabs or line breaks.';
      case 'invalid-value':
        return kindEn[reason.kind](reason.name);
      case 'src':
        return reason.reason === 'foreign'
          ? `src points at another domain. Content may only come from ${origin} and from the domains your IT department lists in embed.config.json.`
          : reason.reason === 'credentials'
            ? 'src must not hold a user name or a password.'
            : 'src must be an address starting with https://, http:// or /.';
      case 'config':
        return `The settings file embed.config.json cannot be used${reason.path ? ` (a mistake at ${reason.path})` : ''}, so content from other domains is turned off. Contact your IT department.`;
      case 'load':
        return 'The widget could not be loaded from the server. Try reloading the page.';
    }
  },
};

/** The embed page's strings in `lang`. */
export const embedStrings = (lang: Lang): EmbedStrings => (lang === 'en' ? en : da);
