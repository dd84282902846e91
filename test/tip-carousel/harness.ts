// What the carousel's test files share: queries into its shadow root, the built-in tips, a
// fixture, the reserving rules of the stylesheet the snippet links, and the clean-up after a test.
import { fixture, html } from '@open-wc/testing';
import '../../src/tip-carousel/define.js';
import {
  tipCarouselDa,
  tipCarouselEn,
  type DigiTipCarousel,
} from '../../src/tip-carousel/index.js';
import sinon from 'sinon';
import { parkMouse, resetReducedMotion, shadow } from '../helpers.js';

export const tipsDa = tipCarouselDa.content;
export const tipsEn = tipCarouselEn.content;

export const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
export const $button = (el: Element, selector: string) =>
  shadow(el).querySelector<HTMLButtonElement>(selector);
export const $$ = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLElement>(selector),
];
export const $$buttons = (el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>(selector),
];
export const region = (el: DigiTipCarousel) =>
  $(el, '[aria-roledescription="karrusel"], [aria-roledescription="carousel"]')!;
/** The slide on show: the only one in the DOM, the tab panel of the selected tab. */
export const current = (el: DigiTipCarousel) => $(el, '#slide')!;
export const currentTitle = (el: DigiTipCarousel) =>
  current(el).querySelector('[role="heading"]')!.textContent;
export const notice = (el: Element) => $(el, '[part="notice"]');

export async function carousel(template = html`<digi-tip-carousel></digi-tip-carousel>`) {
  return fixture<DigiTipCarousel>(template);
}

/** The reserving rules of the stylesheet the snippet links, as written in the source. */
export const reserveCss = async (): Promise<string> =>
  (await fetch('/src/tip-carousel/tip-carousel.reserve.css')).text();

/** Waits for two frames: what a ResizeObserver does after a layout has landed. */
export const frames = async (): Promise<void> => {
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
};

/** After every test: stubs restored, the mouse parked off the carousel, motion back to normal. */
export async function cleanUp(): Promise<void> {
  sinon.restore();
  await parkMouse();
  await resetReducedMotion();
}
