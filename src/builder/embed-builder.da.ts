// The embed builder's Danish strings.
import type { BuilderStrings } from './embed-builder.strings.js';

export const da: BuilderStrings = {
  label: 'Byg din egen widget',
  languageSwitch: 'English',
  languageSwitchLabel: 'Show the builder in English',
  reset: 'Start forfra',
  resetTitle: 'Start forfra?',
  resetText:
    'Kladden med alt dit indhold og dine valg bliver slettet fra denne browser. Det kan ikke fortrydes.',
  resetConfirm: 'Ja, slet kladden',
  resetCancel: 'Fortryd',
  resetDone: 'Kladden er slettet. Du starter forfra med det indbyggede indhold.',
  storageFailed:
    'Browseren lader ikke byggeren gemme din kladde. Luk ikke fanen, før du har kopieret koden.',

  widgetHeading: '1. Vælg widget',
  widgetHint: 'Din kladde til hver widget bliver gemt, også når du skifter mellem dem.',
  'kind.tip-carousel': 'Råd-karrusel: råd, der vises ét ad gangen',
  'kind.archetype-quiz': 'Selvtest: spørgsmål, der placerer læseren ved en persona',
  'kind.strategy-wheel': 'Strategihjul: temaer med farve, eksempler og link',

  startHeading: '2. Start fra',
  startHint:
    'Start fra det indbyggede indhold, eller åbn en JSON-fil, du har lavet før. Det erstatter indholdet i kladden til denne widget.',
  startDa: 'Indbygget indhold på dansk',
  startEn: 'Indbygget indhold på engelsk',
  openFile: 'Åbn en JSON-fil',
  openFileHint: 'En fil, du har hentet fra byggeren før, eller som du har fået.',
  pasteLabel: 'Eller indsæt JSON',
  pasteHint: 'Indsæt indholdet af en JSON-fil, og tryk på knappen.',
  pasteButton: 'Brug det indsatte',
  pasteEmpty: 'Feltet er tomt. Indsæt JSON først.',
  contentLang: 'Indholdets sprog (widgettens knapper og tekster følger det)',
  loaded: 'Indholdet er hentet ind. {problems}',
  loadedOther: 'Indholdet hører til en anden widget, så den er valgt: {kind}. {problems}',
  invalidJson: 'Det er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer.',
  notContent:
    'Det ligner ikke indhold til en af widgetterne: der skal være en liste med "tips", "questions" eller "themes".',
  readFailed: 'Filen kunne ikke læses.',

  contentHeading: '3. Indhold',
  contentHint: 'Skriv dit indhold. Felter med fejl er markeret, og beskeden står lige ved feltet.',
  problemsNone: 'Ingen problemer i indholdet.',
  problemsOne: '1 problem i indholdet.',
  problemsMany: '{count} problemer i indholdet.',
  summaryHeading: 'Ret disse problemer',
  summaryHint: 'Tryk på et problem for at gå til feltet.',

  lookHeading: '4. Udseende',
  lookHint: 'Tilpas widgetten til jeres hjemmeside. Standardvalgene passer til de fleste sider.',
  accent: 'Accentfarve',
  accentText: 'Accentfarve som kode',
  accentTextHint: 'For eksempel #1a6b3c.',
  accentInvalid: 'Skriv en farve som #1a6b3c (# og seks tegn fra 0-9 og a-f).',
  font: 'Skrift',
  radius: 'Hjørner',
  contrastHeading: 'Kontrast',
  contrastOnAccent: 'Hvid tekst på accentfarven (knapper): {ratio}:1.',
  contrastOnSurface:
    'Accentfarven som tekst på den hvide baggrund (links, overskrifter): {ratio}:1.',
  contrastOk: 'God nok (mindst 4,5:1).',
  contrastLow:
    'Advarsel: under 4,5:1. Tekst bliver svær at læse for mange, og siden lever ikke op til kravene om tilgængelighed. Vælg en mørkere farve.',

  previewHeading: '5. Forhåndsvisning',
  previewHint: 'Sådan ser widgetten ud med dit indhold. Den kan bruges som på siden.',
  width: 'Bredde',
  widthDesktop: 'Computer',
  widthPhone: 'Telefon (375 px)',
  previewStale:
    'Indholdet har problemer, så forhåndsvisningen viser den seneste udgave uden problemer.',
  previewNone: 'Der er ikke noget at vise, før problemerne i indholdet er rettet.',

  snippetHeading: '6. Kode til siden',
  snippetHint:
    'Kopiér koden, og indsæt den i en HTML-blok på intranetsiden. Bed IT om at lægge widget-filerne (mappen dist/cdn) på jeres server.',
  base: 'Hvor ligger widget-filerne?',
  baseHint:
    'Adressen på mappen med widget-filerne på jeres server, for eksempel https://intranet.kommune.dk/assets/digileder/.',
  baseInvalid: 'Skriv en adresse, der starter med https:// eller /.',
  mode: 'Hvor skal indholdet ligge?',
  modeInline: 'I koden (det nemmeste: alt er i én kode)',
  modeSrc: 'I en JSON-fil, som I lægger på serveren (kan genbruges på flere sider)',
  jsonName: 'JSON-filens navn',
  jsonNameHint: 'Læg filen i samme mappe som widget-filerne.',
  cssName: 'CSS-filens navn',
  cssNameHint: 'Læg filen i samme mappe som widget-filerne.',
  fileNameInvalid: 'Skriv et filnavn uden mapper, der slutter på .{ext}, for eksempel {example}.',
  makeSnippet: 'Lav koden',
  snippetLabel: 'Koden til siden',
  copy: 'Kopiér koden',
  copied: 'Kopieret. Indsæt koden i en HTML-blok på siden.',
  copyFailed: 'Koden kunne ikke kopieres automatisk. Markér teksten, og tryk Ctrl+C.',
  downloadJson: 'Hent JSON-filen',
  saveJson: 'Gem indholdet som JSON-fil',
  downloadCss: 'Hent CSS-filen',
  cssWhy:
    'Udseendet ligger i en lille CSS-fil, fordi mange intranet (fx SharePoint Online) blokerer style-attributter og <style> i indholdet. Læg filen ved siden af widget-filerne.',
  noCss: 'Udseendet er standard, så der skal ingen CSS-fil med.',
  blockedHeading: 'Koden kan ikke laves endnu',
  blockedText: 'Indholdet har problemer, som skal rettes først:',
  blockedSettings: 'Ret felterne ovenfor med fejl først.',
};
