// Hostile host CSS (issue 7, "Hostile hosts"): aggressive global rules written for other things
// must not break the widgets' look or their visible focus.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { animationsDone, deepActiveElement, shadow } from './helpers.js';
import { expectEveryWidget } from './registry.js';

const HOSTILE_CSS = `
  * { box-sizing: content-box; font-size: 22px; line-height: 1 }
  button { all: unset }
  svg { display: none }
  [role] { outline: none }
  p { margin: 3em }
`;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  tag: string;
  template: TemplateResult;
  /** Parts that must be rendered and visible. */
  parts: string[];
  /** Buttons that must still look like buttons (the wheel has none: its segments are tabs). */
  buttons?: string;
  /** Tab presses from the button before the widget to a control with the 3px focus outline. */
  tabs: number;
}

const cases: Case[] = [
  {
    tag: 'digi-tip-carousel',
    template: html`<digi-tip-carousel autoplay></digi-tip-carousel>`,
    parts: [
      '[part="carousel"]',
      '[part="slide"] [part="title"]',
      '[part="previous-button"]',
      '[part="next-button"]',
      '[part="picker"]',
    ],
    buttons: '.button',
    tabs: 1,
  },
  {
    tag: 'digi-archetype-quiz',
    template: html`<digi-archetype-quiz></digi-archetype-quiz>`,
    parts: ['[part="quiz"]', '[part="intro"]', '[part="start-button"]'],
    buttons: '.button',
    tabs: 1,
  },
  {
    tag: 'digi-strategy-wheel',
    template: html`<digi-strategy-wheel></digi-strategy-wheel>`,
    parts: ['[part="wheel"]', '[part="tablist"]', '[part="segment"]', '[part="panel"]'],
    // The first stop is the selected segment (its focus ring is drawn in the SVG); the next is
    // the panel, which has the outline.
    tabs: 2,
  },
];

function visible(element: Element | null): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return (
    rect.width > 0 &&
    rect.height > 0 &&
    style.display !== 'none' &&
    style.visibility === 'visible' &&
    Number(style.opacity) > 0
  );
}

describe('a page with aggressive global CSS', () => {
  it('goes through every widget of the registry', async () => {
    await expectEveryWidget(cases.map((c) => c.tag));
  });

  let style: HTMLStyleElement;

  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });

  afterEach(() => {
    style.remove();
  });

  it('applies (the page itself is affected)', async () => {
    const page = await fixture(html`<div><button>Page</button><svg></svg></div>`);
    expect(getComputedStyle(page.querySelector('button')!).borderTopStyle).to.equal('none');
    expect(getComputedStyle(page.querySelector('svg')!).display).to.equal('none');
  });

  for (const { tag, template, parts, buttons, tabs } of cases) {
    describe(`<${tag}>`, () => {
      async function render(): Promise<Widget> {
        const wrapper = await fixture(
          html`<div><button id="before">Before</button>${template}</div>`,
        );
        const el = wrapper.querySelector<Widget>(tag)!;
        await el.updateComplete;
        await animationsDone(el);
        return el;
      }

      it('renders its main parts visibly', async () => {
        const el = await render();
        const hidden = parts.filter((part) => !visible(shadow(el).querySelector(part)));
        expect(hidden, 'parts not visible').to.deep.equal([]);
        const svgs = [...shadow(el).querySelectorAll('svg')];
        expect(svgs.filter((svg) => getComputedStyle(svg).display === 'none').length).to.equal(0);
      });

      if (buttons)
        it('keeps its buttons looking like buttons', async () => {
          const el = await render();
          const all = [...shadow(el).querySelectorAll(buttons)];
          expect(all.length > 0, 'buttons found').to.equal(true);
          const looks = all.map((button) => {
            const s = getComputedStyle(button);
            return {
              border: `${s.borderTopWidth} ${s.borderTopStyle}`,
              tallEnough:
                parseFloat(s.minHeight) >= 44 && button.getBoundingClientRect().height >= 44,
              // A flex item's inline-flex computes to flex.
              flex: s.display.endsWith('flex'),
              cursor: s.cursor,
            };
          });
          const expected = all.map(() => ({
            border: '1px solid',
            tallEnough: true,
            flex: true,
            cursor: 'pointer',
          }));
          expect(looks).to.deep.equal(expected);
        });

      it('shows a 3px focus outline when reached with Tab', async () => {
        const el = await render();
        document.querySelector<HTMLButtonElement>('#before')!.focus();
        for (let i = 0; i < tabs; i++) await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        expect(active !== null && shadow(el).contains(active), 'focus inside the widget').to.equal(
          true,
        );
        const s = getComputedStyle(active!);
        expect(`${s.outlineWidth} ${s.outlineStyle}`).to.equal('3px solid');
      });

      if (tag === 'digi-strategy-wheel') {
        it('keeps its segments filled and numbered', async () => {
          const el = await render();
          const shapes = [...shadow(el).querySelectorAll('[part="segment"]')];
          const numbers = [...shadow(el).querySelectorAll('[part="number"]')];
          expect(shapes.length).to.equal(5);
          expect(shapes.filter((p) => getComputedStyle(p).fill === 'none').length).to.equal(0);
          expect(numbers.filter((n) => !visible(n)).length).to.equal(0);
        });

        it('draws the focus ring of the focused segment', async () => {
          const el = await render();
          document.querySelector<HTMLButtonElement>('#before')!.focus();
          await sendKeys({ press: 'Tab' });
          const active = deepActiveElement();
          expect(active?.getAttribute('role')).to.equal('tab');
          const ring = getComputedStyle(shadow(el).querySelector('.ring')!);
          expect(ring.strokeWidth).to.equal('4px');
        });
      }

      it('passes axe', async () => {
        const el = await render();
        await expect(el).to.be.accessible();
      });
    });
  }
});
