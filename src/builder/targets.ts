// What the builder gives for each place a widget can go, as pure functions of the editor's
// choices: the iframe code (the embed page's address from embedAddress(), a title, a suggested
// height), the optional host-script line, and the steps to take in the SharePoint web part's
// property pane, in the pane's own words (src/sharepoint-pane.ts). The HTML block's snippet is
// snippet.ts.
import { format } from '../core/format.js';
import { embedAddress, MAX_TEXT, suggestedHeight } from '../embed/index.js';
import {
  headingChoices,
  languageChoices,
  paneStrings,
  sourceChoices,
  TOOLBOX,
  type PaneChoice,
  type PaneHeadingLevel,
  type PaneStrings,
} from '../sharepoint-pane.js';
import type { BuilderLang, WidgetKind } from './builder-types.js';
import { escapeAttribute } from './snippet.js';
import type { TargetStrings } from './targets.strings.js';

/** Where the widget goes. */
export const TARGETS = ['html', 'sharepoint', 'iframe'] as const;
export type Target = (typeof TARGETS)[number];

/** The narrowest an iframe may get, in CSS pixels, as the editor chooses it. */
export const FRAME_WIDTHS = ['320', '480', '768', '1024'] as const;
export type FrameWidth = (typeof FRAME_WIDTHS)[number];

/** The on/off setting each widget takes (the same name as attribute, URL parameter and property). */
type Flag = 'autoplay' | 'persist' | 'rotate';

/** The widget's settings, as the editor made them in the builder. */
export interface WidgetSettings {
  readonly kind: WidgetKind;
  /** The language of the content, set on the widget. */
  readonly lang: BuilderLang;
  /** Its name for screen readers; empty for its own. */
  readonly label: string;
  /** Its on/off setting, and whether it is on. */
  readonly flag: Flag;
  readonly flagOn: boolean;
  /** The level of its headings; 0 for its own. */
  readonly headingLevel: PaneHeadingLevel;
}

export interface FrameOptions extends WidgetSettings {
  /** The embed page's folder, ending in `/`. */
  readonly page: string;
  /** The content file's address for the embed page, or `undefined` for the built-in content. */
  readonly src?: string | undefined;
  readonly title: string;
  readonly width: FrameWidth;
}

/** Why no iframe code can be given. */
export type FrameProblem = 'title' | 'label';

/** The iframe code, or what keeps it from being given: no title, or a name too long for a URL. */
export function iframeCode(
  options: FrameOptions,
): { readonly code: string } | { readonly problem: FrameProblem } {
  const title = options.title.trim();
  if (!title) return { problem: 'title' };
  const label = options.label.trim();
  if (label.length > MAX_TEXT) return { problem: 'label' };
  const address = embedAddress({
    page: options.page,
    widget: options.kind,
    lang: options.lang,
    src: options.src,
    settings: {
      [options.flag]: options.flagOn,
      ...(label ? { label } : {}),
      ...(options.headingLevel ? { 'heading-level': String(options.headingLevel) } : {}),
    },
  });
  const height = suggestedHeight(options.kind, Number(options.width));
  const code = [
    '<iframe',
    `  title="${escapeAttribute(title)}"`,
    `  src="${escapeAttribute(address)}"`,
    '  width="100%"',
    `  height="${height}"`,
    '  loading="lazy"',
    '></iframe>',
  ];
  return { code: `${code.join('\n')}\n` };
}

/** The optional host script beside the embed page, which sizes every frame to its content. */
export const resizeLine = (page: string): string =>
  `<script src="${escapeAttribute(`${page}resize.js`)}" defer></script>\n`;

/**
 * A SharePoint folder the editor typed, as a folder address ending in `/`, or `undefined` when
 * it is not an http(s) address or a path from `/` (`//host` is another host). Spaces are fine:
 * library names hold them.
 */
export function toFolder(value: string): string | undefined {
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex
  if (!/^(https?:\/\/[^/]+)?\/(?!\/)/i.test(trimmed) || /[\u0000-\u001f\u007f"<>\\]/.test(trimmed))
    return undefined;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

export interface PaneOptions extends WidgetSettings {
  /** The language the steps are written in (the builder's, and the pane's words in it). */
  readonly uiLang: BuilderLang;
  /** The content file's name, or `undefined` for the built-in content (no file). */
  readonly file?: string | undefined;
  /** The folder in a document library the file goes in, ending in `/`, when the editor said. */
  readonly folder?: string | undefined;
}

const choiceText = <K extends string | number>(choices: readonly PaneChoice<K>[], key: K) =>
  choices.find((choice) => choice.key === key)!.text;

const FLAG_LABELS = {
  autoplay: 'autoplayLabel',
  persist: 'persistLabel',
  rotate: 'rotateLabel',
} as const satisfies Record<Flag, keyof PaneStrings>;

/**
 * The steps to take in SharePoint, one sentence each: put the file in a library (when there is
 * one), add the web part, and in its pane what to choose, type and turn on. Every field and
 * choice is named in the pane's own words.
 */
export function paneSteps(options: PaneOptions, t: TargetStrings): string[] {
  const lang = options.uiLang;
  const p = paneStrings(lang);
  const choose = (field: string, choice: string) => format(t.spChoose, { field, choice });
  const steps: string[] = [];
  if (options.file)
    steps.push(
      format(t.spStepFile, {
        file: options.file,
        where: options.folder
          ? format(t.spStepFileIn, { folder: options.folder })
          : t.spStepFileAnywhere,
      }),
    );
  steps.push(
    t.spStepEdit,
    format(t.spStepAdd, { title: TOOLBOX.title[lang], group: TOOLBOX.group[lang] }),
    t.spStepPane,
    choose(p.widgetLabel, p.widgetNames[options.kind]),
    choose(p.sourceLabel, choiceText(sourceChoices(p), options.file ? 'address' : 'builtin')),
  );
  if (options.file)
    steps.push(
      format(t.spType, {
        field: p.addressLabel,
        value: options.folder
          ? `${options.folder}${options.file}`
          : format(t.spAddressExample, { file: options.file }),
      }),
    );
  steps.push(choose(p.languageLabel, choiceText(languageChoices(p), options.lang)));
  const label = options.label.trim();
  if (label) steps.push(format(t.spTypeText, { field: p.labelLabel, value: label }));
  if (options.headingLevel)
    steps.push(choose(p.headingLabel, choiceText(headingChoices(p), options.headingLevel)));
  if (options.flagOn)
    steps.push(format(t.spToggle, { field: p[FLAG_LABELS[options.flag]], on: p.on }));
  steps.push(t.spStepSave);
  return steps;
}
