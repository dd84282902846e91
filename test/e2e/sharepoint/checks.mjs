// The checks of e2e.mjs (see there), each on fresh stand-in pages. Helpers first, then checks.
import { MAIN_PARTS } from '../hosts/page.mjs';
import { perWidget, registry } from '../../../scripts/widgets.mjs';
import { contrast, instances } from './harness.mjs';

const TAG = Object.fromEntries(registry.map((w) => [w.name, w.tag]));
/** A text each widget shows first with its built-in content, by language. */
const BUILT_IN = {
  da: perWidget(
    {
      'digi-tip-carousel': 'Gør digitaliseringen vedkommende',
      'digi-archetype-quiz': 'Hvor er du på den digitale trappe?',
      'digi-strategy-wheel': 'Morgendagens velfærdsteknologi',
    },
    'the built-in Danish texts',
  ),
  en: perWidget(
    {
      'digi-tip-carousel': 'Make digitalisation relevant',
      'digi-archetype-quiz': 'Where are you on the digital ladder?',
      'digi-strategy-wheel': 'Tomorrow’s welfare technology',
    },
    'the built-in English texts',
  ),
};
const INVALID_JSON = 'Indholdet er ikke gyldig JSON. Tjek kommaer, anførselstegn og klammer.';

class Failure extends Error {}
const assert = (ok, message) => {
  if (!ok) throw new Failure(message);
};
const same = (actual, expected, what) =>
  assert(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
  );

/** Creates and starts the web part in slot 1 or 2 with `properties` on top of the manifest's. */
async function mount(c, page, slot, { properties = {}, culture = 'da-DK', theme } = {}) {
  await page.evaluate(
    async (entry, slot, properties, culture, theme) => {
      const WebPart = await window.spStandIn.load(entry.url, entry.id, entry.version);
      window.handles ??= {};
      // SharePoint paints the section in its variant's colours; the web part only inherits them.
      if (theme) {
        const section = document.getElementById(`section-${slot}`);
        section.style.background = theme.semanticColors.bodyBackground;
        section.style.color = theme.semanticColors.bodyText;
      }
      window.handles[slot] = await window.spStandIn.mount(WebPart, {
        domElement: document.getElementById(`webpart-${slot}`),
        properties: { ...entry.properties, ...properties },
        uiCulture: culture,
        theme,
      });
    },
    c.entry,
    slot,
    properties,
    culture,
    theme ?? null,
  );
}

/** Waits until the widget in `slot` shows its main part; fails with what it shows instead. */
async function ready(page, slot, widget) {
  const tag = TAG[widget];
  try {
    await page.waitForFunction(
      (slot, tag, part) => {
        const el = document.querySelector(`#webpart-${slot} ${tag}`);
        return el?.shadowRoot?.querySelector(part) && !el.shadowRoot.querySelector('.loading');
      },
      { timeout: 10_000 },
      slot,
      tag,
      MAIN_PARTS[tag],
    );
  } catch {
    throw new Failure(`<${tag}> in web part ${slot} did not render: ${await shown(page, slot)}`);
  }
}

/** The visible text of the web part in `slot`, its widget's shadow DOM included. */
const shown = (page, slot) =>
  page.evaluate((slot) => {
    const root = document.getElementById(`webpart-${slot}`);
    const el = root.querySelector('[lang]');
    return (el?.shadowRoot?.textContent ?? root.textContent).replace(/\s+/g, ' ').trim();
  }, slot);

/** Where the text below the web part in `slot` is, after the next frame. */
const below = (page, slot) =>
  page.evaluate(async (slot) => {
    await new Promise(requestAnimationFrame);
    return document.getElementById(`below-${slot}`).getBoundingClientRect().top;
  }, slot);

/** axe on the page's canvas (the stand-in pane is SharePoint's, not ours). */
async function axe(c, page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(c.axeSource);
  return page.evaluate(async () => {
    // Fade-ins end first: axe measures the resting colours.
    const widgets = [...document.querySelectorAll('.canvas [lang]')].filter((e) => e.shadowRoot);
    await Promise.all(widgets.flatMap((w) => w.shadowRoot.getAnimations().map((a) => a.finished)));
    const { violations } = await window.axe.run(
      { include: [['.canvas']] },
      { resultTypes: ['violations'] },
    );
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Opens the pane of the web part in `slot`. */
async function openPane(c, page, slot, culture = 'da-DK') {
  await page.evaluate(
    async (slot, title) => {
      const pane = document.getElementById('pane');
      pane.hidden = false;
      await window.spStandIn.openPane(window.handles[slot], pane, title);
    },
    slot,
    c.entry.title[culture] ?? c.entry.title.default,
  );
}

/** Types `text` into a pane field (replacing what it held) and waits for its check. */
async function typeInto(page, id, text) {
  await page.focus(`#${id}`);
  await page.evaluate((id) => document.getElementById(id).select(), id);
  await page.keyboard.press('Backspace');
  await page.keyboard.sendCharacter(text);
  return settlePane(page);
}

/** Waits until no pane field is being checked; returns the pane's error messages. */
async function settlePane(page) {
  await page.waitForFunction(() => !document.querySelector('#pane [data-checking]'), {
    timeout: 15_000,
  });
  return page.$$eval('#pane .error', (errors) =>
    errors.map((e) => e.textContent.trim()).filter(Boolean),
  );
}

/** The element in `slot`, as a handle-free description. */
const element = (page, slot) =>
  page.evaluate((slot) => {
    const el = document.querySelector(`#webpart-${slot} > div > *`);
    return el && { tag: el.localName, lang: el.lang, attributes: el.getAttributeNames() };
  }, slot);

// The checks. Each gets the context of e2e.mjs and returns nothing or throws.
const checks = {
  async 'built-in: every widget in Danish and English by the UI culture, steady, axe clean'(c) {
    for (const width of [1100, 375])
      for (const [culture, lang] of [
        ['da-DK', 'da'],
        ['en-US', 'en'],
      ])
        for (const widget of Object.keys(TAG)) {
          const { page, problems } = await c.workbench(width);
          const what = `${widget} (${culture}, ${width} px)`;
          await mount(c, page, 1, { properties: { widget }, culture });
          const first = await below(page, 1);
          await ready(page, 1, widget);
          same((await element(page, 1))?.lang, lang, `${what}: lang`);
          const text = await shown(page, 1);
          assert(
            text.includes(BUILT_IN[lang][TAG[widget]]),
            `${what} shows: ${text.slice(0, 120)}`,
          );
          same(await below(page, 1), first, `${what}: the text below moved from the first frame`);
          if (width === 1100) same(await axe(c, page), [], `${what}: axe`);
          same(await problems(), [], `${what}: errors`);
          await page.close();
        }
    const { page } = await c.workbench();
    await mount(c, page, 1, { properties: { widget: 'tip-carousel', language: 'en' } });
    await mount(c, page, 2, { properties: { widget: 'tip-carousel' }, culture: 'de-DE' });
    same((await element(page, 1))?.lang, 'en', 'a fixed English under da-DK');
    same((await element(page, 2))?.lang, 'da', 'the page language under de-DE');
    await page.close();
  },

  async "address: a file from a document library, with the reader's session; space reserved"(c) {
    const files = {
      'tip-carousel': 'raad.json',
      'archetype-quiz': 'selvtest.json',
      'strategy-wheel': 'strategihjul.json',
    };
    for (const width of [1100, 700, 480, 375, 320])
      for (const [widget, file] of Object.entries(files)) {
        const { page, problems } = await c.workbench(width);
        const address = `${c.LIBRARY}${file}`;
        const what = `${widget} from ${file} at ${width} px`;
        await mount(c, page, 1, {
          properties: { widget, contentSource: 'address', contentAddress: address },
        });
        const first = await below(page, 1);
        await ready(page, 1, widget);
        const loaded = await page.evaluate(() => {
          const el = document.querySelector('#webpart-1 > div > *');
          return {
            src: el.getAttribute('src'),
            notice: !!el.shadowRoot.querySelector('[part~="notice"]'),
          };
        });
        same(loaded, { src: `${c.server.origin}${encodeURI(address)}`, notice: false }, what);
        same(await below(page, 1), first, `${what}: the text below moved while the file loaded`);
        const request = c.server.requests.findLast((r) => r.path === address);
        assert(request?.cookie.includes('FedAuth='), `${what}: fetched without the session`);
        same(await problems(), [], `${what}: errors`);
        await page.close();
      }
  },

  async 'pasted: JSON typed into the pane is checked there and shown by the widget'(c) {
    const { page, problems } = await c.workbench();
    await mount(c, page, 1, { properties: { widget: 'strategy-wheel' } });
    await ready(page, 1, 'strategy-wheel');
    await openPane(c, page, 1);
    await page.click('#pane-contentSource-pasted');
    await page.waitForSelector('#pane-contentJson');
    same(await typeInto(page, 'pane-contentJson', c.fixture('wheel-themes.json')), [], 'pane');
    await ready(page, 1, 'strategy-wheel');
    const text = await shown(page, 1);
    assert(text.includes('Borgeren i centrum'), `the wheel shows: ${text.slice(0, 120)}`);
    same(await problems(), [], 'errors');
    await page.close();
  },

  async "broken: the widget's own message in the pane and on the page, no uncaught error"(c) {
    const { page, problems } = await c.workbench();
    await mount(c, page, 1, { properties: { widget: 'tip-carousel' } });
    await ready(page, 1, 'tip-carousel');
    await openPane(c, page, 1);
    await page.click('#pane-contentSource-pasted');
    await page.waitForSelector('#pane-contentJson');
    same(
      await typeInto(page, 'pane-contentJson', c.fixture('broken.json')),
      [INVALID_JSON],
      'pane',
    );
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('#webpart-1 digi-tip-carousel')
          ?.shadowRoot?.querySelector('[part~="notice"]'),
    );
    const notice = await shown(page, 1);
    assert(notice.includes(INVALID_JSON), `the carousel shows: ${notice}`);
    same(await axe(c, page), [], "axe with the widget's notice");
    const [shape] = await typeInto(page, 'pane-contentJson', c.fixture('wrong-shape.json'));
    assert(
      shape?.startsWith('Indholdet følger ikke formatet: tips[1].title: skal indeholde tekst'),
      `the pane says: ${shape}`,
    );

    await page.click('#pane-contentSource-address');
    await page.waitForSelector('#pane-contentAddress');
    same(
      await typeInto(page, 'pane-contentAddress', `${c.LIBRARY}ødelagt.json`),
      [INVALID_JSON],
      'pane, broken file',
    );
    const foreign = `${c.server.foreign}${c.LIBRARY}tips.json`;
    const [refused] = await typeInto(page, 'pane-contentAddress', foreign);
    assert(refused?.startsWith('Filen skal ligge på dette SharePoint'), `the pane says ${refused}`);
    const shownNotice = await page.$eval('#webpart-1 [role="alert"]', (n) => n.textContent);
    same(shownNotice, refused, 'the notice on the page');
    same(await axe(c, page), [], 'axe with the notice');
    same(
      c.server.requests.filter((r) => !r.host.startsWith('127.0.0.1')).map((r) => r.path),
      [],
      'requests to the foreign origin',
    );
    same(await problems(), [], 'uncaught errors');
    await page.close();
  },

  async "settings: each widget's settings reach the element"(c) {
    const { page, problems } = await c.workbench();
    await mount(c, page, 1, { properties: { widget: 'tip-carousel' } });
    await ready(page, 1, 'tip-carousel');
    await openPane(c, page, 1);
    await page.click('#pane-autoplay');
    await page.waitForSelector('#pane-interval');
    await page.focus('#pane-interval');
    await page.keyboard.press('ArrowRight');
    await page.select('#pane-start', '1');
    await page.select('#pane-headingLevel', '3');
    await page.type('#pane-label', 'Råd til ledere');
    await ready(page, 1, 'tip-carousel');
    const carousel = await page.evaluate(() => {
      const el = document.querySelector('#webpart-1 digi-tip-carousel');
      return {
        autoplay: el.hasAttribute('autoplay'),
        interval: el.getAttribute('interval'),
        start: el.getAttribute('start'),
        heading: el.shadowRoot.querySelector('[role="heading"]')?.getAttribute('aria-level'),
        label: el.label,
      };
    });
    same(
      carousel,
      { autoplay: true, interval: '11', start: 'today', heading: '4', label: 'Råd til ledere' },
      'the carousel',
    );
    for (const [widget, flag] of [
      ['archetype-quiz', 'persist'],
      ['strategy-wheel', 'rotate'],
    ]) {
      await page.select('#pane-widget', String(Object.keys(TAG).indexOf(widget)));
      await page.waitForSelector(`#pane-${flag}`);
      await page.click(`#pane-${flag}`);
      await ready(page, 1, widget);
      same((await element(page, 1))?.attributes.includes(flag), true, `${widget} ${flag}`);
    }
    same(await problems(), [], 'errors');
    await page.close();
  },

  async 're-render: a replaced or disposed widget holds no timer, request or instance'(c) {
    const { page, problems } = await c.workbench();
    const timers = () => page.evaluate(() => window.__standIn.timers());
    await mount(c, page, 1, {
      properties: { widget: 'tip-carousel', autoplay: true, interval: 5 },
    });
    await ready(page, 1, 'tip-carousel');
    same(await timers(), ['interval 5000 ms'], 'timers of the rotating carousel');
    await openPane(c, page, 1);
    await page.select('#pane-widget', '2');
    await ready(page, 1, 'strategy-wheel');
    same(await timers(), [], 'timers after the carousel was replaced');
    same(await instances(page, 'digi-tip-carousel'), 0, 'carousels alive');

    await page.evaluate((address) => {
      window.handles[1].setProperty('contentSource', 'address');
      window.handles[1].setProperty('contentAddress', address);
    }, `${c.LIBRARY}never.json`);
    // Booleans, not elements: a handle to a widget would keep it alive.
    await page.waitForFunction(() => !!document.querySelector('#webpart-1 digi-strategy-wheel'));
    const waiting = Date.now();
    while (c.server.pending.size === 0 && Date.now() - waiting < 5000)
      await new Promise((done) => setTimeout(done, 20));
    same(c.server.pending.size, 1, 'requests for never.json');
    same(await timers(), ['timeout 10000 ms'], 'timers while the file does not answer');
    await page.evaluate(() => window.handles[1].setProperty('contentSource', 'builtin'));
    await ready(page, 1, 'strategy-wheel');
    const closing = Date.now();
    while (c.server.pending.size > 0 && Date.now() - closing < 5000)
      await new Promise((done) => setTimeout(done, 20));
    same(c.server.pending.size, 0, 'requests left open');
    same(await timers(), [], 'timers after the content changed');
    same(await instances(page, 'digi-strategy-wheel'), 1, 'wheels alive');

    await page.evaluate(() => window.handles[1].dispose());
    same(await timers(), [], 'timers after dispose');
    same(await instances(page, 'digi-strategy-wheel'), 0, 'wheels alive after dispose');
    same(await problems(), [], 'errors');
    await page.close();
  },
};

export { assert, axe, checks, element, mount, openPane, ready, same, settlePane, shown, TAG };

/** Runs the checks whose names start with one of `only` (all when empty); returns the failures. */
export async function runChecks(c, only) {
  const { themeChecks } = await import('./checks-look.mjs');
  const all = { ...checks, ...themeChecks };
  let failed = 0;
  let total = 0;
  for (const [name, run] of Object.entries(all)) {
    if (only.length && !only.some((word) => name.startsWith(word))) continue;
    total++;
    const since = performance.now();
    try {
      await run(c);
      console.log(`ok   ${name} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
      console.error(`     ${error instanceof Failure ? error.message : error.stack}`);
    }
  }
  console.log(`SharePoint: ${total - failed} passed, ${failed} failed`);
  return failed;
}

export { contrast };
