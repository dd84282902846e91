// The English words of the builder's last step, where the widget goes.
import type { TargetStrings } from './targets.strings.js';

export const en: TargetStrings = {
  whereLegend: 'Where will the widget go?',
  'target.html': 'In an HTML block, on a page that may hold a script',
  'target.sharepoint': 'In SharePoint Online, with the “{title}” web part',
  'target.iframe': 'In an iframe (for pages that accept only iframes, e.g. Umbraco and OS2web)',
  htmlHint:
    'Copy the code and paste it into an HTML block on the intranet page. Ask your IT department to put the widget files (the dist/cdn folder) on your server.',
  headingHint: "Choose the level that fits under the page's own headings.",
  builtinNoFile: 'The content is the built-in content, so no JSON file is needed.',

  spHint:
    'Your IT department adds the web part to SharePoint once for everyone. Then you put it on the page like this.',
  spFolder: 'Where will you put the JSON file? (optional)',
  spFolderHint:
    'The address of the folder in the document library, e.g. /sites/intranet/Shared Documents/. It must be on the same SharePoint as the page, and readers need access to it.',
  spFolderInvalid: 'Write an address that starts with https:// or /.',
  spStepsHeading: 'What to do in SharePoint',
  spStepFile: 'Download the JSON file {file} with the button below and put it {where}.',
  spStepFileIn: 'in the folder {folder} of the document library',
  spStepFileAnywhere: 'in a document library on the same SharePoint as the page',
  spStepEdit: 'Open the page and choose Edit.',
  spStepAdd: 'Add the “{title}” web part. You find it under “{group}”.',
  spStepPane: 'Select the web part and open its properties (the pencil).',
  spChoose: 'Under “{field}”, choose “{choice}”.',
  spType: 'In the field “{field}”, type: {value}',
  spTypeText: 'In the field “{field}”, type “{value}”.',
  spAddressExample: "the file's address, e.g. /sites/intranet/Shared Documents/{file}",
  spToggle: 'Set “{field}” to “{on}”.',
  spStepSave: 'Save the page and republish it.',

  frameHint:
    'The code shows the widget in a frame from the embed page. Ask your IT department to put the dist/embed folder on your server.',
  embedPage: 'Where is the embed page?',
  embedPageHint:
    'The address of the folder with the embed page on your server, e.g. https://www.example.org/assets/digileder/embed/.',
  frameTitle: "The frame's title",
  frameTitleHint:
    'Screen readers read the title out when they reach the frame, so it is required. Say what the frame shows, e.g. “Tips on digital leadership”.',
  frameTitleMissing:
    'Write a title for the frame. Without one, screen reader users cannot tell what the frame holds.',
  frameWidth: 'How narrow can the frame get on the page?',
  frameWidthHint:
    'The height is chosen so that nothing in the widget needs scrolling at that width or wider. Your own content may need more if it is longer than the built-in content.',
  frameWidthOption: 'At least {width} px wide (height {height} px)',
  frameJsonHint: 'Put the file in the same folder as the embed page.',
  frameLabelTooLong:
    "In a frame, the widget's name for screen readers can have at most {max} characters. Make it shorter.",
  frameCodeLabel: 'The code for the frame',
  frameCopied: 'Copied. Paste the code where the page accepts an iframe.',
  scriptLabel: 'Optional: the line for the page that holds the frame',
  scriptHint:
    'Use the line if the page that holds the frame may run scripts: the frame then always gets exactly the height its content needs (it cannot be used in SharePoint Online).',
};
