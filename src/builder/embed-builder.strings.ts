// The embed builder's words: their types (the Danish and English packs are embed-builder.da.ts
// and embed-builder.en.ts). The content forms have their own (forms/forms.strings.ts).
import type { WidgetKind } from './builder-types.js';
import type { FontId, RadiusId } from './look.js';
import type { TargetStrings } from './targets.strings.js';

/** The names of a content's keys, in the editor's words (`questions` → "Spørgsmål"). */
export type PlaceWords = Readonly<Record<string, string>>;

/** Every visible and ARIA string of the embed builder. `{name}` marks a placeholder. */
export interface BuilderStrings {
  label: string;
  languageSwitch: string;
  languageSwitchLabel: string;
  reset: string;
  resetTitle: string;
  resetText: string;
  resetConfirm: string;
  resetCancel: string;
  resetDone: string;
  storageFailed: string;

  /** Why a saved draft, or part of it, was not opened. */
  storedUnreadable: string;
  storedVersion: string;
  storedTooLarge: string;
  storedPartly: string;
  storedDraft: string;
  /** Each widget as the object of a sentence ("din kladde til {kind}"). */
  draftOf: Record<WidgetKind, string>;
  storedChoice: string;
  storedReset: string;

  /** Content over a limit: a list with too many items, or too much text. */
  tooMany: string;
  inContent: string;
  inItem: string;
  tooLarge: string;
  notLoaded: string;

  widgetHeading: string;
  widgetHint: string;
  'kind.tip-carousel': string;
  'kind.archetype-quiz': string;
  'kind.strategy-wheel': string;

  startHeading: string;
  startHint: string;
  startDa: string;
  startEn: string;
  openFile: string;
  openFileHint: string;
  pasteLabel: string;
  pasteHint: string;
  pasteButton: string;
  pasteEmpty: string;
  contentLang: string;
  loaded: string;
  loadedOther: string;
  invalidJson: string;
  notContent: string;
  readFailed: string;

  contentHeading: string;
  contentHint: string;
  problemsNone: string;
  problemsOne: string;
  problemsMany: string;
  summaryHeading: string;
  summaryHint: string;
  wholeContent: string;
  /** The content's keys in the editor's words, for where a problem is. */
  places: PlaceWords;

  lookHeading: string;
  lookHint: string;
  accent: string;
  accentText: string;
  accentTextHint: string;
  accentInvalid: string;
  font: string;
  radius: string;
  fonts: Record<FontId, string>;
  radii: Record<RadiusId, string>;
  /** A choice that is the widgets' default. */
  choiceDefault: string;
  contrastHeading: string;
  contrastOnAccent: string;
  contrastOnSurface: string;
  contrastOk: string;
  contrastLow: string;

  previewHeading: string;
  previewHint: string;
  width: string;
  widthDesktop: string;
  widthPhone: string;
  previewStale: string;
  previewNone: string;

  snippetHeading: string;
  snippetHint: string;
  base: string;
  baseHint: string;
  baseInvalid: string;
  mode: string;
  modeInline: string;
  modeSrc: string;
  jsonName: string;
  jsonNameHint: string;
  cssName: string;
  cssNameHint: string;
  fileNameInvalid: string;
  settings: string;
  widgetLabel: string;
  widgetLabelHint: string;
  'flag.autoplay': string;
  'flag.persist': string;
  'flag.rotate': string;
  makeSnippet: string;
  snippetLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  downloadJson: string;
  saveJson: string;
  downloadCss: string;
  cssWhy: string;
  noCss: string;
  blockedHeading: string;
  blockedText: string;
  blockedSettings: string;
  /** Where the widget goes: an HTML block, the SharePoint web part or an iframe. */
  targets: TargetStrings;
}
