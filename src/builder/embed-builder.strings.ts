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

  lookHeading: string;
  lookHint: string;
  accent: string;
  accentText: string;
  accentTextHint: string;
  accentInvalid: string;
  font: string;
  radius: string;
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
}
