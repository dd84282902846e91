// The benchmark's pages and the script every page gets before its own (page.evaluateOnNewDocument):
// it records layout shifts from the start and resolves `window.__bench.ready` with the time, from
// navigation start, at which every widget on the page is ready (see `benchProbe`).

/** What each side puts on a page: the tag, the bundle, and how one instance is written. */
export const subjects = {
  // `nested`: the custom elements a widget is made of (see `benchProbe`).
  carousel: {
    tag: 'digi-tip-carousel',
    label: '`<digi-tip-carousel>`',
    bundle: '/ours/tip-carousel.js',
    markup: () => '<digi-tip-carousel></digi-tip-carousel>',
  },
  shoelace: {
    tag: 'sl-carousel',
    label: 'Shoelace `<sl-carousel>`',
    bundle: '/shoelace/sl-carousel.js',
    nested: 'sl-carousel-item, sl-icon',
    // Filled in by `setShoelaceSlides()` with our built-in Danish tips.
    slides: '',
    markup() {
      return `<sl-carousel navigation pagination loop>${this.slides}</sl-carousel>`;
    },
  },
  quiz: {
    tag: 'digi-archetype-quiz',
    label: '`<digi-archetype-quiz>`',
    bundle: '/ours/archetype-quiz.js',
    markup: () => '<digi-archetype-quiz></digi-archetype-quiz>',
  },
  wheel: {
    tag: 'digi-strategy-wheel',
    label: '`<digi-strategy-wheel>`',
    bundle: '/ours/strategy-wheel.js',
    markup: () => '<digi-strategy-wheel></digi-strategy-wheel>',
  },
};

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Gives Shoelace the same 13 tips as ours: `[{ title, paragraphs, link? }]`, as carousel items. */
export function setShoelaceSlides(tips) {
  subjects.shoelace.slides = tips
    .map(
      (tip) =>
        `<sl-carousel-item><div class="tip"><h3>${escape(tip.title)}</h3>${tip.paragraphs
          .map((p) => `<p>${escape(p)}</p>`)
          .join('')}${
          tip.link ? `<a href="${escape(tip.link.href)}">${escape(tip.link.text)}</a>` : ''
        }</div></sl-carousel-item>`,
    )
    .join('');
}

/**
 * The page every measurement uses, around `count` instances. `script`: `true` loads the bundle
 * with a module `<script src>` at the end of `<body>`; `'after-paint'` imports it only once a
 * frame has been produced (two animation frames), so the upgrade always follows a first paint;
 * `false` leaves it out.
 */
export function page(subject, { count = 1, css = '', script = true } = {}) {
  const s = subjects[subject];
  const shoelaceBase = subject === 'shoelace' ? ' data-shoelace="/shoelace"' : '';
  const loader =
    script === 'after-paint'
      ? `<script type="module"${shoelaceBase}>
await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
await import('${s.bundle}');
</script>`
      : script
        ? `<script type="module" src="${s.bundle}"${shoelaceBase}></script>`
        : '';
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Benchmark: ${s.tag}</title>
<style>
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
.bench-item { margin-block: 1rem; }
${css}
</style>
</head>
<body>
<main>
<h1>Intranet</h1>
<p>Tekst over widgetten.</p>
${Array.from({ length: count }, () => `<div class="bench-item">${s.markup()}</div>`).join('\n')}
<p>Tekst under widgetten, som ikke må flytte sig.</p>
</main>
${loader}
</body>
</html>
`;
}

/** The harness floor's page: one plain button, no widget, no script. */
export const floorPage = `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Floor</title></head>
<body><main><button type="button">Knap</button></main></body>
</html>
`;

/**
 * Runs in the page before its scripts (serialised by puppeteer, so self-contained). "Ready", the
 * same for every side: the tag is defined, the widget and the custom elements it is made of
 * (`nested`) have resolved `updateComplete`, and on every instance the first slide's (step's,
 * theme's) title and a control's icon or shape have a non-zero box; for Shoelace the first real slide must also lie inside the scroll
 * container's box (with `loop` it starts on a clone until its first scroll).
 */
export function benchProbe(tag, nested) {
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });

  const box = (node) => {
    if (!node) return false;
    const r = node.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const shown = (node) => box(node) && node.checkVisibility({ visibilityProperty: true });
  const checks = {
    'digi-tip-carousel': (el) =>
      shown(el.shadowRoot?.querySelector('.slide[data-current] [part~="title"]')) &&
      shown(el.shadowRoot.querySelector('[part~="next-button"] svg')),
    'sl-carousel': (el) => {
      const title = el.querySelector('sl-carousel-item:not([data-clone]) h3');
      const scroller = el.shadowRoot?.querySelector('[part~="scroll-container"]');
      const icon = el.shadowRoot?.querySelector('[part~="navigation-button--next"] sl-icon');
      if (!shown(title) || !scroller || !shown(icon?.shadowRoot?.querySelector('svg')))
        return false;
      const a = title.getBoundingClientRect();
      const b = scroller.getBoundingClientRect();
      return a.left >= b.left - 1 && a.right <= b.right + 1;
    },
    'digi-archetype-quiz': (el) =>
      shown(el.shadowRoot?.querySelector('[part~="intro"] [data-step-heading]')) &&
      shown(el.shadowRoot.querySelector('[part~="start-button"]')),
    'digi-strategy-wheel': (el) =>
      shown(el.shadowRoot?.querySelector('[part~="panel"] [part~="title"]')) &&
      shown(el.shadowRoot.querySelector('[part~="segment"]')),
  };
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  const parsed = new Promise((done) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
    else done();
  });
  /**
   * The widget and the custom elements it is made of (`nested`, a selector: Shoelace's items in
   * its light DOM and icons in its shadow root; ours have none), whose `updateComplete` ready
   * waits for. Named rather than found by walking every node, which would cost the side with more
   * light DOM more time.
   */
  const parts = (el) =>
    nested
      ? [el, ...el.querySelectorAll(nested), ...(el.shadowRoot?.querySelectorAll(nested) ?? [])]
      : [el];

  const ready = (async () => {
    await customElements.whenDefined(tag);
    await parsed;
    const elements = [...document.querySelectorAll(tag)];
    for (;;) {
      await Promise.all(elements.flatMap(parts).map((node) => node.updateComplete));
      if (elements.every(checks[tag])) break;
      await frame();
    }
    const at = performance.now();
    const bundle = performance
      .getEntriesByType('resource')
      .find((entry) => entry.initiatorType === 'script');
    return { at, bundleEnd: bundle?.responseEnd ?? NaN, count: elements.length };
  })();

  Object.defineProperty(window, '__bench', {
    value: { ready, shifts, frame, parts },
  });
}
