// The embed builder's English strings.
import type { BuilderStrings } from './embed-builder.strings.js';

export const en: BuilderStrings = {
  label: 'Build your own widget',
  languageSwitch: 'Dansk',
  languageSwitchLabel: 'Vis byggeren på dansk',
  reset: 'Start over',
  resetTitle: 'Start over?',
  resetText:
    'The draft with all your content and choices is deleted from this browser. This cannot be undone.',
  resetConfirm: 'Yes, delete the draft',
  resetCancel: 'Cancel',
  resetDone: 'The draft is deleted. You start over from the built-in content.',
  storageFailed:
    'This browser does not let the builder save your draft. Keep the tab open until you have copied the code.',

  widgetHeading: '1. Choose a widget',
  widgetHint: 'Your draft for each widget is kept, also when you switch between them.',
  'kind.tip-carousel': 'Tip carousel: tips shown one at a time',
  'kind.archetype-quiz': 'Self-assessment quiz: questions that place the reader at a persona',
  'kind.strategy-wheel': 'Strategy wheel: themes with colour, examples and link',

  startHeading: '2. Start from',
  startHint:
    'Start from the built-in content, or open a JSON file you made before. It replaces the content of the draft for this widget.',
  startDa: 'Built-in content in Danish',
  startEn: 'Built-in content in English',
  openFile: 'Open a JSON file',
  openFileHint: 'A file you downloaded from the builder before, or were given.',
  pasteLabel: 'Or paste JSON',
  pasteHint: 'Paste the content of a JSON file, then press the button.',
  pasteButton: 'Use the pasted JSON',
  pasteEmpty: 'The field is empty. Paste JSON first.',
  contentLang: "The content's language (the widget's buttons and texts follow it)",
  loaded: 'The content is loaded. {problems}',
  loadedOther: 'The content belongs to another widget, so it is chosen: {kind}. {problems}',
  invalidJson: 'This is not valid JSON. Check commas, quotes and brackets.',
  notContent:
    'This does not look like content for one of the widgets: it needs a list of "tips", "questions" or "themes".',
  readFailed: 'The file could not be read.',

  contentHeading: '3. Content',
  contentHint: 'Write your content. Fields with problems are marked, with the message beside them.',
  problemsNone: 'No problems in the content.',
  problemsOne: '1 problem in the content.',
  problemsMany: '{count} problems in the content.',
  summaryHeading: 'Fix these problems',
  summaryHint: 'Press a problem to go to its field.',

  lookHeading: '4. Look',
  lookHint: 'Fit the widget to your site. The defaults suit most pages.',
  accent: 'Accent colour',
  accentText: 'Accent colour as a code',
  accentTextHint: 'For example #1a6b3c.',
  accentInvalid: 'Write a colour like #1a6b3c (# and six characters from 0-9 and a-f).',
  font: 'Font',
  radius: 'Corners',
  contrastHeading: 'Contrast',
  contrastOnAccent: 'White text on the accent colour (buttons): {ratio}:1.',
  contrastOnSurface:
    'The accent colour as text on the white background (links, headings): {ratio}:1.',
  contrastOk: 'Good enough (at least 4.5:1).',
  contrastLow:
    'Warning: below 4.5:1. Text gets hard to read for many, and the page fails the accessibility requirements. Choose a darker colour.',

  previewHeading: '5. Preview',
  previewHint: 'This is the widget with your content. You can use it as on the page.',
  width: 'Width',
  widthDesktop: 'Computer',
  widthPhone: 'Phone (375 px)',
  previewStale:
    'The content has problems, so the preview shows the latest version without problems.',
  previewNone: 'There is nothing to show until the problems in the content are fixed.',

  snippetHeading: '6. Code for the page',
  snippetHint:
    'Copy the code and paste it into an HTML block on the intranet page. Ask IT to put the widget files (the dist/cdn folder) on your server.',
  base: 'Where are the widget files hosted?',
  baseHint:
    'The address of the folder with the widget files on your server, for example https://intranet.example.org/assets/digileder/.',
  baseInvalid: 'Write an address that starts with https:// or /.',
  mode: 'Where should the content be?',
  modeInline: 'In the code (simplest: everything in one code)',
  modeSrc: 'In a JSON file you put on the server (can be reused on several pages)',
  jsonName: "The JSON file's name",
  jsonNameHint: 'Put the file in the same folder as the widget files.',
  cssName: "The CSS file's name",
  cssNameHint: 'Put the file in the same folder as the widget files.',
  fileNameInvalid: 'Write a file name without folders that ends in .{ext}, for example {example}.',
  makeSnippet: 'Make the code',
  snippetLabel: 'The code for the page',
  copy: 'Copy the code',
  copied: 'Copied. Paste the code into an HTML block on the page.',
  copyFailed: 'The code could not be copied automatically. Select the text and press Ctrl+C.',
  downloadJson: 'Download the JSON file',
  saveJson: 'Save the content as a JSON file',
  downloadCss: 'Download the CSS file',
  cssWhy:
    'The look is kept in a small CSS file, because many intranets (SharePoint Online, for one) block style attributes and <style> in content. Put the file beside the widget files.',
  noCss: 'The look is the default, so no CSS file is needed.',
  blockedHeading: 'The code cannot be made yet',
  blockedText: 'The content has problems to fix first:',
  blockedSettings: 'Fix the fields above with problems first.',
};
