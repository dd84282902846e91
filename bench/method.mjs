// The "Method" section of BENCHMARKS.md: how every figure is taken, with the run's own settings.
import { TRACE_CATEGORIES } from './trace.mjs';
import { LIGHTHOUSE_FLAGS } from './lighthouse.mjs';

const indent = (text) => text.replace(/^/gm, '  ');

export function method(run) {
  return `## Method

\`npm run bench\` (\`bench/run.mjs\`) builds our bundles (\`node scripts/build.mjs\`; \`--no-build\`
skips it), bundles Shoelace's carousel with a Vite library build of an entry importing only
\`@shoelace-style/shoelace/dist/components/carousel/carousel.js\` and \`carousel-item/carousel-item.js\`
(ES format, \`rolldownOptions.output.minify\`, lit inlined: the options \`scripts/build.mjs\` gives
our CDN files), and the bare Lit element the same way; serves them from 127.0.0.1, gzipped as a
web server would, and drives one headless Chromium with puppeteer-core. Every measurement opens a
new incognito browser context (no cache, no shared state), 1280×800. Each round runs every
measurement for every side, interleaved (ours, Shoelace, ours, Shoelace…, the order turned round
every other round); the tables give the median of ${run.meta.rounds} rounds and the lowest and
highest value. The raw figures of each run are in \`.cache/bench/results.json\`.

For the engineer changing a widget: \`npm run bench -- --rounds 1 --only carousel\` (a side or a
comma-separated list: carousel, shoelace, quiz, wheel, bare; \`--measures\` picks groups: ready,
insert, shift, presses, lighthouse) measures one widget in about a minute and leaves this file
be; \`--save FILE\` keeps a copy of the results, \`--compare FILE\` prints (and, in a full run,
reports) before and after against one; \`--traces\` keeps the last round's traces in
\`.cache/bench/keep/\` for DevTools' Performance panel (Lighthouse's reports are always kept there).

The pages: a heading, a paragraph, the widget(s) each in a \`<div>\` (\`main\` is 48rem wide), a
paragraph below, and the module \`<script>\` at the end of \`<body>\`, so the elements are in the HTML
before the bundle loads. Ours use their built-in Danish content. Shoelace gets the same ${run.tips} tips,
read from our carousel's rendered slides (title, paragraphs, link) into \`<sl-carousel-item>\`s, with
\`navigation pagination loop\` (\`loop\` because ours wraps after the last tip; it adds two cloned
slides).

**Ready**, the same for every side: the tag is defined; every custom element of every instance (the
widget; for Shoelace also its \`sl-carousel-item\`s and the \`sl-icon\`s in its shadow root, ours
being single elements) has resolved \`updateComplete\`; and on every instance the first slide's title (the
quiz's intro heading, the wheel's first theme title, the bare element's heading) and a control's icon (the next arrow; the
quiz's Start button; a wheel segment; the bare element's button) have a non-zero box and are visible; for Shoelace, the first
real slide must also lie within its scroll container (with \`loop\` it starts on a clone). A script
installed before the page's own (\`evaluateOnNewDocument\`) checks this after each render, frame by
frame, and records \`performance.now()\`: milliseconds from navigation start. "From the bundle
received" subtracts the bundle's \`responseEnd\` (Resource Timing), leaving parse, compile,
registration, upgrade and first render.

**Inserted → frame** (what the reader waits for): a page like the others with no instance, the
bundle loaded and the tag defined, at rest (two frames painted). Then, in one task,
${run.inserted} instances (the same markup as on the other pages, Shoelace's with its ${run.tips}
slides) are parsed and inserted with \`insertAdjacentHTML\`, \`performance.now()\` taken just before.
"→ ready" is when the ready check above first passes for all of them; "→ frame" is when the first
frame painted after that has been produced: a \`MessageChannel\` message posted from that frame's
\`requestAnimationFrame\` callback, which runs after the frame's style recalculation, layout, paint
and commit (they follow the callbacks in the same task); when ready was seen inside a frame's
callback, that frame. It counts script, style, layout and paint on the main thread, not the
compositor's raster. The same insertion is then repeated in a fresh page with a trace (below),
which gives its main-thread busy time and where that time goes; the times above come from the
untraced page, since tracing has a cost of its own.

**DOM nodes per instance**: on the ${run.inserted}-instance page after ready, for every instance the
element itself, everything below it in the light DOM (Shoelace's slides are there), and every
shadow root in that tree with everything in it, nested ones included (Shoelace's items' and
icons'), counted with a \`TreeWalker\` (\`SHOW_ALL\`: elements, text, comments such as lit's
markers, and the shadow roots themselves), divided by the number of instances. The same walk for
every side. "DOM nodes of the whole page" is CDP \`Performance.getMetrics\` \`Nodes\`.

**Heap**: after the 100-instance page is ready and two frames have passed, CDP
\`HeapProfiler.collectGarbage\` (twice) and \`Runtime.getHeapUsage\` (\`usedSize\`), minus the same
measure on the same page without the \`<script>\` (a fresh context each, same round).

**Traces**: puppeteer-core's \`page.tracing\` with the categories ${TRACE_CATEGORIES.filter(
    (c) => c !== '-*',
  )
    .map((c) => `\`${c}\``)
    .join(', ')}, read with Lighthouse's own trace model
(\`lighthouse/core/lib/tracehouse\`: \`TraceProcessor\` finds the page's renderer main thread,
\`MainThreadTasks\` builds its task tree). **Main-thread busy** is the sum of the durations of the
main thread's top-level tasks between the page's \`bench:start\` and \`bench:end\` marks (the tasks
holding the marks counted from and up to them); the parts are the self times of those tasks and
everything in them by Lighthouse's task groups (script evaluation, parsing and compiling, style and
layout, paint and compositing, garbage collection, HTML parsing; "other" is task time no trace event
accounts for: the scheduler, input and IPC handling, and short tasks without instrumentation).

**Layout shift**: a \`PerformanceObserver({ type: 'layout-shift', buffered: true })\` installed
before the page's scripts sums every shift without recent input, from navigation until ${run.settleMs} ms
after ready (icons, fonts). One instance per page. On these pages the bundle is imported only after
two animation frames, so the upgrade always follows a first paint, as when the bundle comes over a
real network (from 127.0.0.1 it could otherwise run before anything was painted, and no shift could
be seen). Each of ours is measured again in a ${run.narrow.width}×800 viewport with the same CSS (the
stylesheet's heights follow the viewport's width; the widgets grow taller when narrow). The reserving CSS, in the page's \`<style>\`:

- ours, the reserving stylesheet the snippet links (\`dist/cdn/digileder-widgets.css\`, built from
  each widget's \`<widget>.reserve.css\`), as built:

  \`\`\`css
${indent(run.css.ours)}
  \`\`\`

- Shoelace publishes no such rule; its docs advise \`:not(:defined) { visibility: hidden }\` against a
  flash of unstyled content. We gave it that plus its exact upgraded height, measured in the same
  run (the best an editor could do):

  \`\`\`css
${indent(run.css.shoelace)}
  \`\`\`

"No reserving CSS" is the same page with none of these rules.

**Interaction**: one instance; after ready and after any entry animation, real input through CDP
(puppeteer's keyboard and mouse), ${run.presses} times, each one waited out before the next, as a
reader reads each tip: every part's \`updateComplete\`, Shoelace's smooth scroll to its end
(\`scrollend\` until its \`scrolling\` and \`pendingSlideChange\` flags are down; it drops presses
that come while it scrolls), the shadow root's animations and transitions (\`finished\`), then one
frame. The waits use events and promises, not frame-by-frame polling, so the harness adds no
frames of its own to the motion. The whole stretch is traced: **main-thread busy** as above, from
the first press to the end of the last one's waiting; beside it CDP \`Performance.getMetrics\`
\`ThreadTime\` (CPU time) and the wall time. It includes the harness's own cost (the input
dispatch and the small evaluations that wait); the **harness floor** measures that alone (the same
presses and waits on a page with one plain button and no widget, each round) and the "above the
floor" rows subtract it, round by round. Carousels: ${run.interactions.carousel} (ours) and
${run.interactions.shoelace} (Shoelace); both end on tip ${(run.presses % run.tips) + 1}, which the
script checks. Motion is not emulated in the main row (ours fades the new tip in over 0.25 s,
Shoelace scrolls its track smoothly); the reduced-motion row emulates
\`prefers-reduced-motion: reduce\` for both (ours drops the fade, Shoelace scrolls instantly). The
quiz and the wheel, which have no peer, are measured under reduced motion only (their figure is the
interaction's own work; waiting out their fades would only lengthen the run). Wheel:
${run.interactions.wheel} (selection follows focus; 5 themes, so it ends where it began). Quiz:
${run.presses} mouse clicks, each the next thing a reader does: Start, an answer (the option
cycling with the click count), Next, …, Finish, then Restart on the result, and again.

**Lighthouse**: Lighthouse ${run.meta.versions.lighthouse} from Node (its default configuration:
${run.meta.lighthouse?.settings ?? 'mobile, simulated throttling'}, the performance category only), one run per side and
round in a Chromium of its own that chrome-launcher starts with its default flags plus
${LIGHTHOUSE_FLAGS.map((f) => `\`${f}\``).join(' ')}, against the same server on 127.0.0.1
(nothing else is reached). Score (0–100), CLS, TBT and LCP are the medians of the rounds, each
taken apart. The page holds the README's snippet and nothing else an editor could not
paste: a valid document (\`lang\`, \`charset\`, viewport, title) whose \`<body>\` is
\`<link rel="stylesheet" href="/ours/digileder-widgets.css">\` (the reserving stylesheet),
\`<script type="module" src="/ours/digileder-widgets.js"></script>\` (the bundle of all three
widgets, as the README says) and the element, no page CSS. Shoelace's equivalent: its bundle with
\`data-shoelace\` and \`<sl-carousel navigation pagination loop>\` with the ${run.tips} tips. "Between
text" puts a heading and a paragraph above the snippet and a paragraph below it, as on an intranet
page, so that an element growing from nothing when it upgrades moves something a reader sees (with
the snippet alone, nothing lies below the element to be moved). Note that from 127.0.0.1 the
bundle arrives at once, so Lighthouse's CLS, which is observed rather than simulated, sees less
shift than a reader on a real network would; the layout-shift rows above (the bundle after the
first paint) are the harsher check.
`;
}
