// The words of the builder's last step, where the widget goes: their types (the Danish and
// English packs are targets.da.ts and targets.en.ts). What the editor chooses in the SharePoint
// web part's pane is named in the pane's own words (src/sharepoint-pane.ts), never here.

/** Every visible and ARIA string of the step "Put the widget on the page". `{name}` marks a placeholder. */
export interface TargetStrings {
  whereLegend: string;
  'target.html': string;
  'target.sharepoint': string;
  'target.iframe': string;
  /** What the HTML block needs: the old hint of the code step. */
  htmlHint: string;
  headingHint: string;
  /** Content that is exactly the built-in content needs no file. */
  builtinNoFile: string;

  spHint: string;
  spFolder: string;
  spFolderHint: string;
  spFolderInvalid: string;
  spStepsHeading: string;
  spStepFile: string;
  spStepFileIn: string;
  spStepFileAnywhere: string;
  spStepEdit: string;
  spStepAdd: string;
  spStepPane: string;
  spChoose: string;
  /** Type an address (no quotes, no full stop: it is copied as it stands). */
  spType: string;
  /** Type a text. */
  spTypeText: string;
  spAddressExample: string;
  spToggle: string;
  spStepSave: string;

  frameHint: string;
  embedPage: string;
  embedPageHint: string;
  frameTitle: string;
  frameTitleHint: string;
  frameTitleMissing: string;
  frameWidth: string;
  frameWidthHint: string;
  frameWidthOption: string;
  frameJsonHint: string;
  frameLabelTooLong: string;
  frameCodeLabel: string;
  frameCopied: string;
  scriptLabel: string;
  scriptHint: string;
}
