// A widget upgraded alone in a frame of a given width, as on a page whose only CSS is the widget's
// reserve rule (src/<widget>/<widget>.reserve.css): the frame's viewport is the element's width,
// so the rule's media queries and the widget's container queries see the same width in every
// engine (WebKit's window cannot be made narrower than 447 px, a frame can). Shared by the quiz's
// and the wheel's reserve tests. Each widget's harness names its files as literal paths, so the
// test areas' check (scripts/check-inputs.mjs) sees which sources each area loads.
import type { LitElement } from 'lit';
import { METRIC_FONT } from './helpers.js';

/** A widget's element name and the files the dev server serves for it. */
export interface FramedWidget {
  readonly tag: string;
  /** Its define module, loaded in the frame: `/src/<widget>/define.ts`. */
  readonly define: string;
  /** Its reserve rule: `/src/<widget>/<widget>.reserve.css`. */
  readonly reserveRule: string;
}

export interface Upgrade {
  /** The element's height before its script ran: what the reserve rule keeps. */
  readonly reserved: number;
  /** Its height once upgraded, rendered and measured. */
  readonly upgraded: number;
  readonly element: LitElement;
  readonly frame: HTMLIFrameElement;
}

/** The text of a widget's reserve rule, as the dev server serves the source file. */
export async function reserveRule(widget: FramedWidget): Promise<string> {
  const response = await fetch(widget.reserveRule);
  if (!response.ok) throw new Error(`${widget.reserveRule}: ${response.status}`);
  return response.text();
}

const frames: HTMLIFrameElement[] = [];

/** Removes the frames `upgradeInFrame` made (afterEach). */
export function removeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/**
 * Loads a page `width` px wide holding the widget's element between two paragraphs with `css`, measures the
 * element, then loads the widget's define module and measures it again once it has rendered and
 * sized itself (two frames later).
 */
export async function upgradeInFrame(
  widget: FramedWidget,
  width: number,
  css: string,
  {
    lang = 'da',
    attributes = '',
    font = METRIC_FONT,
  }: { lang?: string; attributes?: string; font?: string } = {},
): Promise<Upgrade> {
  const { tag } = widget;
  const frame = document.createElement('iframe');
  frame.title = `${tag} ${width} px`;
  frame.style.cssText = `display:block;width:${width}px;height:2400px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<style>body{margin:0;font-size:16px;line-height:1.5;${font}}</style><style>${css}</style>
</head><body><p>Tekst over.</p><${tag} ${attributes}></${tag}><p>Tekst under.</p></body></html>`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await doc.fonts.ready;
  const element = doc.querySelector<LitElement>(tag)!;
  const reserved = element.getBoundingClientRect().height;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = widget.define;
  doc.head.append(script);
  await win.customElements.whenDefined(tag);
  await element.updateComplete;
  const frameDone = () => new Promise((done) => win.requestAnimationFrame(done));
  await frameDone();
  await frameDone();
  await element.updateComplete;
  return { reserved, upgraded: element.getBoundingClientRect().height, element, frame };
}
