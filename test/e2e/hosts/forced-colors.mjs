// forced-colors – Windows High Contrast and other forced-colour modes, emulated in Chromium
// (`forced-colors: active`; the browser then paints with its system colours). For each widget in
// each state: every shown control can be seen (a border, an outline or text/icon in a system
// colour against what is behind it); Tab reaches each stop with a focus indicator of at least
// 2 px that stands out (3:1); no text loses its contrast (4.5:1); the wheel's segments have a
// visible stroke and the selected one is marked by its shape (larger) and a ring, not by colour
// alone; the quiz's progress bar and the carousel's current-slide dot show their value in pixels.
// In the light and the dark palette.
// Set HOSTS_SHOTS=/some/folder to keep a screenshot of every state.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { short } from './page.mjs';
import { perWidget } from '../../../scripts/widgets.mjs';
import { load, openWidget, pages as widgetPages, still, tabStops, widgets } from './states.mjs';

export const pages = widgetPages;

/**
 * Counts, in a screenshot of `handle`, the pixels within 40 (each channel) of the colour `css`
 * painted on Canvas,
 * and the share of the screenshot's columns that hold one.
 */
async function pixels(page, handle, css) {
  const data = await handle.screenshot({ encoding: 'base64' });
  return page.evaluate(
    async (png, colour) => {
      // The colour as painted on Canvas (system colours may be translucent: Highlight is).
      const probe = document.createElement('i');
      probe.style.color = colour;
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const [fr, fg, fb, a] = window.__hosts.rgba(getComputedStyle(probe).color);
      const under = window.__hosts.rgba(getComputedStyle(probe).backgroundColor);
      probe.remove();
      const [r, g, b] = [fr, fg, fb].map((c, i) => c * a + under[i] * (1 - a));
      const bitmap = await createImageBitmap(
        await (await fetch(`data:image/png;base64,${png}`)).blob(),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const { data: px, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      const columns = new Set();
      for (let i = 0; i < px.length; i += 4) {
        if (
          Math.abs(px[i] - r) <= 40 &&
          Math.abs(px[i + 1] - g) <= 40 &&
          Math.abs(px[i + 2] - b) <= 40
        ) {
          count++;
          columns.add((i / 4) % width);
        }
      }
      return { count, columns: columns.size / width, width, height };
    },
    data,
    css,
  );
}

/** Problems of one state: controls, focus rings, text. */
async function checkState(page, tag, marks) {
  const problems = [];
  const host = await page.$(tag);
  const invisible = await host.evaluate((el) =>
    window.__hosts
      .controls(el)
      .filter((c) => !window.__hosts.visibility(c))
      .map((c) => window.__hosts.describe(c)),
  );
  for (const name of invisible) problems.push(`${name} cannot be seen`);
  const faint = await host.evaluate((el) => window.__hosts.faintTexts(el, 4.5));
  for (const text of faint) problems.push(`text with too little contrast: ${text}`);

  const stops = await tabStops(page, tag, async (stop) => {
    const { name, ring, visible } = await stop.evaluate((el) => ({
      name: window.__hosts.describe(el),
      ring: window.__hosts.ring(el),
      visible: el.matches(':focus-visible'),
    }));
    if (!visible) problems.push(`${name} is focused by Tab but not :focus-visible`);
    // The selected segment always has a ring; focus must make it more than that.
    if (ring.on === '.ring' && ring.width < marks.ringWidth + 1)
      problems.push(
        `${name} focused by Tab: the ring is ${ring.width}px, as without focus (${marks.ringWidth}px)`,
      );
    if (ring.style === 'none' || ring.width < 2 || ring.contrast < 3)
      problems.push(
        `${name} focused by Tab: the indicator (${ring.on}) is ${ring.style} ${ring.width}px at ` +
          `${ring.contrast.toFixed(2)}:1`,
      );
  });
  if (!stops) problems.push('Tab reaches nothing in the widget');
  return problems;
}

/**
 * Each widget's own marks, checked by `MARKS[tag](page, tag, marks)` adding to `marks.problems`:
 * wheel segments and selection, progress bar, current slide; also the width of the selected
 * segment's ring without focus (`marks.ringWidth`).
 */
const MARKS = perWidget(
  {
    'digi-strategy-wheel': async (page, tag, marks) => {
      const { problems } = marks;
      await page.focus('#before');
      const wheel = await page.$eval(tag, (el) => {
        const tabs = [...el.shadowRoot.querySelectorAll('[role="tab"]')];
        const size = (tab) => {
          const r = tab.querySelector('.shape').getBoundingClientRect();
          return Math.max(r.width, r.height);
        };
        const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
        const others = tabs.filter((tab) => tab !== selected).map(size);
        const ring = getComputedStyle(el.shadowRoot.querySelector('.ring'));
        return {
          selected: selected ? size(selected) : 0,
          largest: Math.max(...others),
          ring: { stroke: ring.stroke, width: parseFloat(ring.strokeWidth) },
          ringContrast: window.__hosts.contrast(ring.stroke, window.__hosts.background(el)),
        };
      });
      if (wheel.selected < wheel.largest + 4)
        problems.push(
          `the selected segment (${wheel.selected.toFixed(1)}px) is not larger than the others ` +
            `(${wheel.largest.toFixed(1)}px): only colour would mark it`,
        );
      if (wheel.ring.stroke === 'none' || wheel.ring.width < 2 || wheel.ringContrast < 3)
        problems.push(
          `the selected segment's outline is ${wheel.ring.stroke} ${wheel.ring.width}px`,
        );
      marks.ringWidth = wheel.ring.width;
    },
    'digi-archetype-quiz': async (page, tag, { problems }) => {
      const bar = await page.evaluateHandle(
        (t) => document.querySelector(t).shadowRoot.querySelector('progress'),
        tag,
      );
      if (bar.asElement()) {
        const { value, max } = await bar.evaluate((el) => ({ value: el.value, max: el.max }));
        const shot = await pixels(page, bar.asElement(), 'Highlight');
        const edge = await bar.evaluate((el) => window.__hosts.visibility(el));
        if (!edge) problems.push('the progress bar has no visible outline');
        // The filled part covers value/max of the bar (less its border).
        if (Math.abs(shot.columns - value / max) > 0.1)
          problems.push(
            `the progress bar shows ${(shot.columns * 100).toFixed(0)} % filled in Highlight, ` +
              `not ${((value / max) * 100).toFixed(0)} %`,
          );
      }
    },
    'digi-tip-carousel': async (page, tag, { problems }) => {
      const dots = await page.evaluateHandle(
        (t) => [
          ...document.querySelector(t).shadowRoot.querySelectorAll('[part~="picker-button"]'),
        ],
        tag,
      );
      const [current, other] = await dots.evaluate((list) => {
        const i = list.findIndex((d) => d.getAttribute('aria-selected') === 'true');
        return [i, i === 0 ? 1 : 0];
      });
      const handles = await dots.getProperties();
      const a = await pixels(page, handles.get(String(current)).asElement(), 'Highlight');
      const b = await pixels(page, handles.get(String(other)).asElement(), 'Highlight');
      if (a.count < 40 || b.count * 2 > a.count)
        problems.push(
          `the current slide's dot (${a.count} Highlight pixels) does not stand out from ` +
            `another (${b.count})`,
        );
      const position = await page.$eval(tag, (el) =>
        window.__hosts.faintTexts(el, 4.5).filter((t) => t.includes('position')),
      );
      problems.push(...position);
    },
  },
  'test/e2e/hosts/forced-colors.mjs MARKS',
);

/** The widget's own marks (see MARKS). */
async function checkMarks(page, tag) {
  const marks = { problems: [], ringWidth: 0 };
  await MARKS[tag](page, tag, marks);
  return marks;
}

function checkWidget({ tag, ready, states }, scheme) {
  return async ({ browser, base, note }) => {
    const problems = [];
    const { page, log } = await openWidget(browser, base, tag, { width: 1024, height: 900 });
    const shots = process.env.HOSTS_SHOTS;
    try {
      await page.emulateMediaFeatures([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: scheme },
      ]);
      await load(page, base, tag, ready);
      if (!(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)))
        problems.push('forced colours are not active');
      for (const state of states) {
        try {
          await state.enter(page, tag);
        } catch (error) {
          problems.push(`${state.name}: ${short(error)}`);
          break;
        }
        await still(page, tag);
        if (shots) {
          mkdirSync(shots, { recursive: true });
          const file = join(
            shots,
            `forced-${scheme}-${tag}-${state.name.replaceAll(' ', '-')}.png`,
          );
          await page.screenshot({ path: file, fullPage: true });
        }
        const marks = await checkMarks(page, tag);
        const found = [...marks.problems, ...(await checkState(page, tag, marks))];
        problems.push(...found.map((problem) => `${state.name}: ${problem}`));
        note(`${state.name}: ${found.length ? `${found.length} problems` : 'ok'}`);
      }
    } finally {
      await page.close();
    }
    problems.push(...log.errors);
    return problems;
  };
}

// Chromium paints forced colours from a light palette (black on white, like Windows' "Desert")
// or, when the page prefers dark, a dark one (white on black, like "Night sky"): both are checked.
export const checks = ['light', 'dark'].flatMap((scheme) =>
  widgets.map((widget) => ({
    name: `forced-colors-${scheme} ${widget.tag}`,
    title: `controls, focus, marks and text seen (${widget.states.length} states)`,
    run: checkWidget(widget, scheme),
  })),
);
