// The benchmark's pages and the script every page gets before its own (page.evaluateOnNewDocument):
// it records layout shifts from the start, resolves `window.__bench.ready` with the time, from
// navigation start, at which every widget on the page is ready, and offers the insertion test
// (`window.__bench.insert`) and the DOM node count (`window.__bench.countNodes`). See `benchProbe`.

/** What each side puts on a page: the tag, the bundle, and how one instance is written. */
export const subjects = {
  // `nested`: the custom elements a widget is made of (see `benchProbe`).
  carousel: {
    tag: 'digi-tip-carousel',
    label: '`<digi-tip-carousel>`',
    bundle: '/ours/tip-carousel.js',
    // The README's snippet loads the bundle of all three widgets and links the reserving
    // stylesheet beside it.
    snippetBundle: '/ours/digileder-widgets.js',
    snippetCss: '/ours/digileder-widgets.css',
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
    snippetBundle: '/ours/digileder-widgets.js',
    snippetCss: '/ours/digileder-widgets.css',
    markup: () => '<digi-archetype-quiz></digi-archetype-quiz>',
  },
  wheel: {
    tag: 'digi-strategy-wheel',
    label: '`<digi-strategy-wheel>`',
    bundle: '/ours/strategy-wheel.js',
    snippetBundle: '/ours/digileder-widgets.js',
    snippetCss: '/ours/digileder-widgets.css',
    markup: () => '<digi-strategy-wheel></digi-strategy-wheel>',
  },
  // The floor: a trivial Lit element (a heading, a line of text, a button), bundled like the others.
  bare: {
    tag: 'bench-bare',
    label: 'bare Lit element',
    bundle: '/bare/bench-bare.js',
    markup: () => '<bench-bare></bench-bare>',
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

/** A document's start, up to and with `<body>`: language, charset, viewport, icon, title, style. */
const documentStart = (title, style) => `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${style ? `<style>\n${style}\n</style>\n` : ''}</head>
<body>`;

const baseAttribute = (subject) => (subject === 'shoelace' ? ' data-shoelace="/shoelace"' : '');

/**
 * The page every measurement uses, around `count` instances (in `#bench-slot`, where the insertion
 * test adds its own). `script`: `true` loads the bundle with a module `<script src>` at the end of
 * `<body>`; `'after-paint'` imports it only once a frame has been produced (two animation frames),
 * so the upgrade always follows a first paint; `false` leaves it out.
 */
export function page(subject, { count = 1, css = '', script = true } = {}) {
  const s = subjects[subject];
  const loader =
    script === 'after-paint'
      ? `<script type="module"${baseAttribute(subject)}>
await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
await import('${s.bundle}');
</script>`
      : script
        ? `<script type="module" src="${s.bundle}"${baseAttribute(subject)}></script>`
        : '';
  const style = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
.bench-item { margin-block: 1rem; }
${css}`;
  return `${documentStart(`Benchmark: ${s.tag}`, style)}
<main>
<h1>Intranet</h1>
<p>Tekst over widgetten.</p>
<div id="bench-slot">
${Array.from({ length: count }, () => `<div class="bench-item">${s.markup()}</div>`).join('\n')}
</div>
<p>Tekst under widgetten, som ikke må flytte sig.</p>
</main>
${loader}
</body>
</html>
`;
}

/**
 * The Lighthouse page: the README's snippet (the stylesheet link, the script, the element) and
 * nothing else an editor could not paste (a valid document around it: language, viewport, title),
 * no page CSS. `text`: a heading and a
 * paragraph above the snippet and a paragraph below it, as on an intranet page, so a widget that
 * grows when it upgrades moves something.
 */
export function snippetPage(subject, { text = false } = {}) {
  const s = subjects[subject];
  const link = s.snippetCss ? `<link rel="stylesheet" href="${s.snippetCss}">\n` : '';
  const snippet = `${link}<script type="module" src="${s.snippetBundle ?? s.bundle}"${baseAttribute(subject)}></script>
${s.markup()}`;
  return `${documentStart('Intranet')}
${
  text
    ? `<h1>Nyt fra it-afdelingen</h1>
<p>Her på siden finder du ugens tip om digitalt lederskab. Læs det, og tag det med til næste møde i dit team.</p>
${snippet}
<p>Har du spørgsmål til dit intranet eller til værktøjerne, så skriv til it-afdelingen. Vi svarer inden for to arbejdsdage.</p>`
    : snippet
}
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

/** The trivial Lit element of the floor rows (`bench-bare`), bundled like Shoelace's carousel. */
export const bareElementSource = `import { LitElement, css, html } from 'lit';

class BenchBare extends LitElement {
  static styles = css\`
    :host { display: block; padding: 1rem; border: 1px solid #888; }
    h3 { margin: 0 0 0.5rem; }
  \`;
  render() {
    return html\`<h3>Et tip</h3><p>En kort tekst om tippet.</p><button type="button">Næste</button>\`;
  }
}
customElements.define('bench-bare', BenchBare);
`;

/**
 * Runs in the page before its scripts (serialised by puppeteer, so self-contained). "Ready", the
 * same for every side: the tag is defined, the widget and the custom elements it is made of
 * (`nested`) have resolved `updateComplete`, and on every instance the first slide's (step's,
 * theme's) title and a control's icon or shape have a non-zero box; for Shoelace the first real
 * slide must also lie inside the scroll container's box (with `loop` it starts on a clone until its
 * first scroll).
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
      shown(el.shadowRoot?.querySelector('[part~="slide"] [part~="title"]')) &&
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
    'bench-bare': (el) =>
      shown(el.shadowRoot?.querySelector('h3')) && shown(el.shadowRoot.querySelector('button')),
  };
  const frame = () => new Promise((done) => requestAnimationFrame(done));
  /**
   * Resolves with `performance.now()` once the frame in which the page's current state is
   * rendered has been produced: a message posted from an animation-frame callback runs after that
   * frame's style, layout, paint and commit (they follow the callbacks in the same task).
   * `inFrame`: we are already inside an animation-frame callback, so it is this frame.
   */
  const afterPaint = (inFrame = false) =>
    new Promise((done) => {
      const post = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      };
      if (inFrame) post();
      else requestAnimationFrame(post);
    });
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
  // Only the widget's own tag: Shoelace defines `sl-icon` when its first carousel is made.
  const defined = () => customElements.whenDefined(tag);

  /**
   * Waits until every one of `elements` is ready: after their renders, checked again after each
   * frame. Resolves with the time and whether it was seen inside an animation-frame callback.
   */
  async function untilReady(elements) {
    for (let inFrame = false; ; inFrame = true) {
      await Promise.all(elements.flatMap(parts).map((node) => node.updateComplete));
      if (elements.every(checks[tag])) return { at: performance.now(), inFrame };
      await frame();
    }
  }

  const ready = (async () => {
    await customElements.whenDefined(tag);
    await parsed;
    const elements = [...document.querySelectorAll(tag)];
    const { at } = await untilReady(elements);
    const bundle = performance
      .getEntriesByType('resource')
      .find((entry) => entry.initiatorType === 'script');
    return { at, bundleEnd: bundle?.responseEnd ?? NaN, count: elements.length };
  })();

  /**
   * The insertion test: `count` instances of `markup`, each in its `<div>`, parsed and inserted
   * into `#bench-slot` in one go (the bundle loaded and the tag defined beforehand). Returns the
   * milliseconds from just before the insertion to ready, and to the end of the first frame
   * painted with every instance ready. Marks `bench:start` and `bench:end` for the trace.
   */
  async function insert(markup, count) {
    await defined();
    const slot = document.querySelector('#bench-slot');
    const html = `<div class="bench-item">${markup}</div>`.repeat(count);
    performance.mark('bench:start');
    const t0 = performance.now();
    slot.insertAdjacentHTML('beforeend', html);
    const elements = [...slot.querySelectorAll(tag)];
    const r = await untilReady(elements);
    const painted = await afterPaint(r.inFrame);
    performance.mark('bench:end');
    return { ready: r.at - t0, frame: painted - t0, count: elements.length };
  }

  /**
   * Counts the nodes every instance of the tag brings, the same way for every side: the element,
   * everything below it in the light DOM, and every shadow root in that tree with everything in it,
   * nested shadow roots included. Nodes are all of them (elements, text, comments such as lit's
   * markers, the shadow roots themselves).
   */
  function countNodes() {
    const totals = { nodes: 0, elements: 0, comments: 0, shadow: 0, instances: 0 };
    const walk = (root, inShadow) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        totals.nodes++;
        if (inShadow) totals.shadow++;
        if (node.nodeType === Node.COMMENT_NODE) totals.comments++;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        totals.elements++;
        if (node.shadowRoot) walk(node.shadowRoot, true);
      }
    };
    for (const el of document.querySelectorAll(tag)) {
      totals.instances++;
      walk(el, false);
    }
    return totals;
  }

  Object.defineProperty(window, '__bench', {
    value: { ready, shifts, frame, parts, defined, insert, countNodes },
  });
}
