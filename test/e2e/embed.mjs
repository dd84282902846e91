// The iframe embed page end to end (issue 11 §2), in headless Chromium against the BUILT
// dist/embed/ (run `npm run build` first), on three origins (see embed-servers.mjs): the embed
// page's server, someone else's server, and an intranet host with a strict Content-Security-Policy.
//   help       – the page with no parameters shows its short help.
//   csp        – each widget, built-in content, in iframes of the strict host: rendered, no CSP
//                violation in the host or any frame, no layout shift inside a frame, no error,
//                nothing requested from another origin.
//   src        – each widget with content from a same-origin src.
//   foreign    – src on another origin, however written, is refused; the other server is never
//                asked; a same-origin address that redirects elsewhere is blocked by the browser.
//   config     – an origin listed in embed.config.json is fetched; a broken file refuses.
//   parameters – unknown widgets, unknown and malformed parameters: a message in the page's
//                language and nothing else.
//   links      – a link in a widget opens in the host page, not in the frame.
//   messages   – the height on load and after the quiz advances; the host script sizes the frame
//                so nothing scrolls; two frames told apart; a frame that moved to another origin
//                is ignored.
//   ancestors  – the documented frame-ancestors header lets the intranet frame the page and no one
//                else.
//   axe        – axe, run from the host through its frames, finds nothing.
//   heights    – the suggested heights (src/embed/embed-heights.ts) need no scrolling in any state
//                of any widget, at widths from 320 to 1280 px. `-- heights --measure` prints the
//                tallest state per width instead.
//   script     – the host script is at most 1 KB min+gzip.
// `node test/e2e/embed.mjs csp axe` runs only the checks whose names start with those words.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/chrome-path.mjs';
import { SUGGESTED_HEIGHTS, suggestedHeight } from '../../src/embed/embed-heights.ts';
import {
  elsewhere,
  frameAt,
  heightMessages,
  hostHtml,
  readFrame,
  recordingPage,
  waitSized,
} from './embed-browser.mjs';
import { startServers } from './embed-servers.mjs';
import { still, walkStates } from './embed-states.mjs';

const started = performance.now();
const project = realpathSync(resolve(import.meta.dirname, '../..'));
const dist = join(project, 'dist');
if (!existsSync(join(dist, 'embed', 'index.html'))) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const registry = JSON.parse(readFileSync(join(project, 'src', 'widgets.json'), 'utf8')).widgets;
const FILES = {
  'tip-carousel': ['tips.json', 'Første råd'],
  'archetype-quiz': ['quiz-weights.json', 'Hvilken mødetype er du?'],
  'strategy-wheel': ['wheel-themes.json', 'Borgeren i centrum'],
};

const args = process.argv.slice(2);
const measure = args.includes('--measure');
const only = args.filter((a) => !a.startsWith('--'));
const servers = await startServers({ dist, fixtures: join(project, 'test', 'fixtures') });
const { embed, foreign, host } = servers;
const E = embed.origin;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: chromeArgs,
});
const results = [];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}
function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  assert(a === e, `${what}:\n  got      ${a}\n  expected ${e}`);
}

/**
 * Runs a check with a fresh recording page, which must log no error but those `expected`
 * (regular expressions) by the check.
 */
async function check(name, run, expected = []) {
  if (only.length && !only.some((word) => name.startsWith(word))) return;
  const since = performance.now();
  const { page, log } = await recordingPage(browser);
  const notes = [];
  try {
    await run({ page, log, note: (line) => notes.push(line) });
    same(
      log.errors.filter((e) => !expected.some((re) => re.test(e))),
      [],
      'errors',
    );
    results.push(true);
    console.log(`ok   ${name} (${((performance.now() - since) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message}`);
    if (process.env.DEBUG) console.log(error.stack);
  } finally {
    await page.close();
  }
  for (const line of notes) console.log(`       ${line}`);
}

/** Opens a host page with these frames; resolves once every frame is sized. */
async function openHost(page, name, frames, { sized = true } = {}) {
  await page.goto(host.page(name, hostHtml({ embed: E, frames })), { waitUntil: 'load' });
  if (sized) for (let i = 0; i < frames.length; i++) await waitSized(page, i);
}

/** Waits until iframe `index` is as tall as its page's content now; resolves to that height. */
async function waitFits(page, index) {
  const frame = await frameAt(page, index);
  for (let tries = 0; tries < 200; tries++) {
    const { height } = await readFrame(frame);
    const style = await page.evaluate(
      (i) => document.querySelectorAll('iframe')[i].style.height,
      index,
    );
    if (style === `${height}px`) return height;
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
  throw new Error(`iframe ${index} never became as tall as its content`);
}

/** Opens an embed page at the top; resolves once it shows a widget, its help or a refusal. */
async function openEmbed(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.getElementById('embed')?.querySelector('noscript') === null,
    { timeout: 10_000 },
  );
}

const embedSrc = (search, folder = 'embed') => `${E}/${folder}/index.html?${search}`;
const count = (server, path) => server.requests.filter((p) => p === path).length;

await check('help: the page with no parameters shows a short help', async ({ page }) => {
  await openEmbed(page, `${E}/embed/`);
  const shown = await readFrame(page.mainFrame());
  assert(shown.text.startsWith('Vis en widget i en iframe'), `help reads "${shown.text}"`);
  assert(shown.text.includes('?widget=tip-carousel'), 'the help names no example');
  same(shown.landmarks, 1, 'main landmarks of the page on its own');
  same(shown.violations, [], 'CSP violations');
});

await check('csp: each widget in a strict host, nothing from elsewhere', async ({ page, log }) => {
  const frames = registry.map((w, i) => ({
    title: w.name,
    src: embedSrc(`widget=${w.name}&id=f${i}${i === 1 ? '&lang=en' : ''}`),
  }));
  // Tall enough to show every frame: the browser does not render frames out of sight.
  await page.setViewport({ width: 1000, height: 4000 });
  const response = page.waitForResponse((r) => r.url().startsWith(`${E}/embed/index.html`));
  await openHost(page, 'csp', frames);
  same(
    (await response).headers()['content-security-policy'],
    `frame-ancestors 'self' ${host.origin}`,
    'the embed page’s header',
  );
  same(await page.evaluate(() => window.__csp), [], 'CSP violations in the host');
  for (const [i, w] of registry.entries()) {
    const frame = await frameAt(page, i);
    const shown = await readFrame(frame);
    same(shown.widget, w.tag, `frame ${i}`);
    same(shown.landmarks, 0, `main landmarks in the ${w.name} frame (the host has its own)`);
    same(shown.violations, [], `CSP violations in the ${w.name} frame`);
    assert(!shown.scrolls, `the ${w.name} frame scrolls`);
    const shift = await frame.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: 'layout-shift', buffered: true });
      return observer.takeRecords().reduce((total, entry) => total + entry.value, 0);
    });
    same(shift, 0, `layout shift inside the ${w.name} frame`);
  }
  same(elsewhere(log, [E, host.origin]), [], 'requests to other origins');
});

await check('src: each widget with content from its own origin', async ({ page, log }) => {
  const frames = registry.map((w) => ({
    title: w.name,
    src: embedSrc(`widget=${w.name}&src=/files/${FILES[w.name][0]}`),
  }));
  await openHost(page, 'src', frames);
  for (const [i, w] of registry.entries()) {
    const frame = await frameAt(page, i);
    await frame.waitForFunction(
      (tag, text) => document.querySelector(tag)?.shadowRoot?.textContent.includes(text),
      { timeout: 10_000 },
      w.tag,
      FILES[w.name][1],
    );
    same(count(embed, `/files/${FILES[w.name][0]}`), 1, `requests for ${w.name}'s file`);
  }
  await waitSized(page, 0);
  same(elsewhere(log, [E, host.origin]), [], 'requests to other origins');
});

await check(
  'links: a link in a widget opens in the host page',
  async ({ page }) => {
    await openHost(page, 'links', [
      { title: 'Råd', src: embedSrc('widget=tip-carousel&src=/files/tips.json&start=2') },
    ]);
    const frame = await frameAt(page, 0);
    const link = await frame.waitForSelector('#embed digi-tip-carousel >>> [part~="slide"] a', {
      timeout: 10_000,
    });
    const href = await link.evaluate((a) => a.href);
    const request = page.waitForRequest((r) => r.url() === href, { timeout: 10_000 });
    await link.click();
    const navigation = await request;
    assert(navigation.isNavigationRequest(), 'the link made no navigation');
    assert(
      navigation.frame() === page.mainFrame(),
      `the link opened in ${navigation.frame()?.url()}`,
    );
  },
  [/ERR_/],
);

await check(
  'foreign: src on another origin is refused, however written',
  async ({ page }) => {
    const other = foreign.origin;
    const address = other.slice('http:'.length);
    const refused = [
      [`${other}/tips.json`, 'src peger på et andet domæne'],
      [`${address}/tips.json`, 'src peger på et andet domæne'],
      [`HTTP://${other.slice(7)}/tips.json`, 'src peger på et andet domæne'],
      [`http://${E.slice(7)}@${other.slice(7)}/tips.json`, 'brugernavn'],
      [`/\\${other.slice(7)}/tips.json`, 'omvendt skråstreg'],
      [`\t${address}/tips.json`, 'omvendt skråstreg'],
      [`javascript:fetch('${other}/tips.json')`, 'skal være en adresse'],
      ['data:application/json,{"tips":[{"title":"Falsk","body":"Falsk"}]}', 'skal være en adresse'],
    ];
    for (const [src, expected] of refused) {
      await openEmbed(page, `${E}/embed/?widget=tip-carousel&src=${encodeURIComponent(src)}`);
      const shown = await readFrame(page.mainFrame());
      same(shown.widget, null, `a widget for ${src}`);
      assert(
        shown.alert.length === 1 && shown.alert[0].includes(expected),
        `${src}: ${shown.alert}`,
      );
    }
    // Encoded slashes make a path on the page's own server: the widget asks there, and only there.
    const failed = () =>
      page.waitForFunction(
        () =>
          document
            .querySelector('digi-tip-carousel')
            ?.shadowRoot?.querySelector('[part~="notice"]')
            ?.textContent.includes('kunne ikke hentes'),
        { timeout: 10_000 },
      );
    for (const src of [
      `http:${encodeURIComponent(address)}/tips.json`,
      `%2F%2F${other.slice(7)}`,
    ]) {
      await openEmbed(page, `${E}/embed/?widget=tip-carousel&src=${encodeURIComponent(src)}`);
      await failed();
    }
    same(
      embed.requests.filter((p) => p.startsWith('/embed/%2F%2F127.0.0.1')).length,
      2,
      'requests for the encoded addresses on the page’s own server',
    );
    // A same-origin address that redirects elsewhere: the browser blocks the redirect.
    const redirect = `/redirect?to=${other}/tips.json`;
    await openEmbed(page, `${E}/embed/?widget=tip-carousel&src=${encodeURIComponent(redirect)}`);
    await failed();
    const shown = await readFrame(page.mainFrame());
    same(count(embed, `/redirect?to=${other}/tips.json`), 1, 'requests for the redirect');
    same(foreign.requests, [], 'requests the other server received');
    same(shown.violations.length, 1, 'CSP violations for the redirect');
  },
  [
    /violates the following Content Security Policy directive: "connect-src/,
    /<digi-tip-carousel> /,
    /Failed to load resource/,
  ],
);

await check('config: an allowed origin is fetched, a broken file refuses', async ({ page }) => {
  const src = encodeURIComponent(`${foreign.origin}/tips.json`);
  await openEmbed(page, `${E}/broken-config/embed/?widget=tip-carousel&lang=en&src=${src}`);
  const broken = await readFrame(page.mainFrame());
  assert(broken.alert[0]?.includes('embed.config.json cannot be used'), `${broken.alert}`);
  same(foreign.requests, [], 'requests to the other server with a broken configuration');
  await openEmbed(page, `${E}/configured/embed/?widget=tip-carousel&src=${src}`);
  await page.waitForFunction(
    () => document.querySelector('digi-tip-carousel')?.shadowRoot?.textContent.includes('Første'),
    { timeout: 10_000 },
  );
  same(foreign.requests, ['/tips.json'], 'requests to the allowed server');
  same(count(embed, '/configured/embed/embed.config.json'), 1, 'reads of the configuration');
  // Without a src from elsewhere, the configuration is never read.
  await openEmbed(page, `${E}/configured/embed/?widget=strategy-wheel`);
  same(count(embed, '/configured/embed/embed.config.json'), 1, 'reads of the configuration');
});

await check('parameters: bad addresses show a message and nothing else', async ({ page }) => {
  const cases = [
    [
      'widget=tip-carouse1',
      ['widget skal være en af: tip-carousel, archetype-quiz, strategy-wheel.'],
    ],
    [
      'widget=tip-carousel&lang=en&interval=soon&label=%3Ca%20href%3D%22https%3A%2F%2Fevil.example%22%3EKlik%3C%2Fa%3E&theme=dark',
      [
        'interval must be a number of seconds, for example interval=15.',
        'The address has a parameter the page does not know.',
      ],
    ],
    [
      'widget=strategy-wheel&selected=Ring%2070%2012%2034%2056',
      ["selected skal være id'et på et tema: små bogstaver (a-z), tal og bindestreger."],
    ],
    ['widget=archetype-quiz&persist&persist', ['persist står mere end én gang i adressen.']],
  ];
  for (const [search, expected] of cases) {
    await openEmbed(page, `${E}/embed/?${search}`);
    const shown = await readFrame(page.mainFrame());
    same(shown.alert, expected, search);
    same(shown.widget, null, `a widget for ${search}`);
    for (const word of ['evil.example', 'Klik', '70 12 34 56'])
      assert(!shown.text.includes(word), `"${word}" shown for ${search}`);
  }
});

await check('messages: heights on load and on change, the host script sizes', async ({ page }) => {
  await openHost(page, 'messages', [
    { title: 'Selvtest', src: embedSrc('widget=archetype-quiz&id=quiz') },
    { title: 'Råd', src: embedSrc('widget=tip-carousel&id=tips'), height: 900 },
  ]);
  const messages = await heightMessages(page);
  const firstOf = (i) => messages.find((m) => m.frame === i);
  same(
    [0, 1].map((i) => [firstOf(i).origin, Object.keys(firstOf(i).data), firstOf(i).data.id]),
    [
      [E, ['type', 'height', 'id', 'widget'], 'quiz'],
      [E, ['type', 'height', 'id', 'widget'], 'tips'],
    ],
    'the first message of each frame',
  );
  same(firstOf(0).data.widget, 'archetype-quiz', 'the quiz frame’s widget');
  const quiz = await frameAt(page, 0);
  const heights = [];
  await walkStates(quiz, 'archetype-quiz', async (state) => {
    const height = await waitFits(page, 0);
    assert(!(await readFrame(quiz)).scrolls, `the quiz frame scrolls at "${state}"`);
    heights.push(height);
  });
  const reported = (await heightMessages(page)).filter((m) => m.frame === 0);
  for (const height of new Set(heights))
    assert(
      reported.some((m) => m.data.height === height),
      `${height} px was never reported`,
    );
  assert(new Set(heights).size > 2, `the quiz's height hardly changed: ${heights}`);
  same((await readFrame(quiz)).violations, [], 'CSP violations in the quiz frame');
  const tips = await readFrame(await frameAt(page, 1));
  same(
    await page.evaluate(() => document.querySelectorAll('iframe')[1].style.height),
    `${tips.height}px`,
    'the carousel frame, taller at first, shrunk to its height',
  );
});

await check('messages: a frame now on another origin is ignored', async ({ page }) => {
  const moved = `${E.replace('127.0.0.1', 'localhost')}/embed/index.html?widget=tip-carousel&id=moved`;
  await openHost(
    page,
    'moved',
    [{ title: 'Flyttet', src: `${E}/redirect?to=${encodeURIComponent(moved)}` }],
    { sized: false },
  );
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.id === 'moved'), {
    timeout: 10_000,
  });
  same(await page.evaluate(() => document.querySelector('iframe').style.height), '', 'its height');
});

await check(
  'ancestors: only the intranet may frame the page',
  async ({ page }) => {
    const html = hostHtml({
      embed: E,
      frames: [{ title: 'Råd', src: embedSrc('widget=tip-carousel') }],
    });
    host.page('elsewhere', html);
    await page.goto(`${host.other}/elsewhere.html`, { waitUntil: 'load' });
    const frame = await frameAt(page, 0);
    same(frame.url(), 'chrome-error://chromewebdata/', 'the frame on a host not named');
    same(await heightMessages(page), [], 'messages from it');
  },
  [/violates the following Content Security Policy directive: "frame-ancestors/],
);

await check('axe: nothing found, from the host through its frames', async ({ page }) => {
  await page.setViewport({ width: 1000, height: 5000 });
  await openHost(page, 'axe', [
    ...registry.map((w) => ({ title: w.name, src: embedSrc(`widget=${w.name}`) })),
    { title: 'Hjælp', src: embedSrc('') },
    { title: 'Fejl', src: embedSrc('widget=nothing&lang=en') },
  ]);
  const source = readFileSync(join(project, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  for (const frame of page.frames()) {
    await frame.evaluate(source);
    // axe talks to frames on other origins only when told to, at both ends.
    await frame.evaluate(() => window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] }));
    if (frame !== page.mainFrame()) {
      const tag = await frame.evaluate(() => document.querySelector('#embed > *')?.localName);
      if (tag?.startsWith('digi-')) await still(frame, tag);
    }
  }
  const violations = await page.evaluate(async () => {
    const { violations, passes } = await window.axe.run(document);
    const frames = new Set(passes.flatMap((r) => r.nodes.map((n) => n.target.length)));
    return {
      violations: violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
      insideFrames: frames.has(2),
    };
  });
  same(violations.violations, [], 'axe');
  assert(violations.insideFrames, 'axe checked nothing inside the frames');
});

await check('heights: the suggested heights need no scrolling', async ({ page, note }) => {
  const widths = [320, 360, 375, 414, 480, 600, 640, 768, 800, 1024, 1280];
  const tallest = {};
  const problems = [];
  for (const { name } of registry) {
    for (const lang of ['da', 'en']) {
      await page.setViewport({ width: 600, height: 800 });
      await openEmbed(page, `${E}/embed/?widget=${name}&lang=${lang}`);
      await walkStates(page, name, async (state) => {
        for (const width of widths) {
          await page.setViewport({ width, height: 800 });
          const height = await page.evaluate(
            () =>
              new Promise((done) =>
                requestAnimationFrame(() =>
                  done(Math.ceil(document.getElementById('embed').getBoundingClientRect().height)),
                ),
              ),
          );
          const key = `${name} ${width}`;
          if (!tallest[key] || height > tallest[key].height)
            tallest[key] = { height, where: `${lang}, ${state}` };
          if (height > suggestedHeight(name, width))
            problems.push(`${name} at ${width} px, ${lang}, ${state}: ${height} px`);
        }
        await page.setViewport({ width: 600, height: 800 });
      });
    }
  }
  if (measure)
    for (const [key, { height, where }] of Object.entries(tallest))
      note(`${key} px: ${height} px (${where})`);
  for (const [name, bands] of Object.entries(SUGGESTED_HEIGHTS))
    note(`${name}: ${bands.map((b) => `${b.height} px from ${b.minWidth} px`).join(', ')}`);
  same(problems, [], 'states taller than the suggested height');
});

await check('script: the host script is at most 1 KB min+gzip', async ({ note }) => {
  const bytes = gzipSync(servers.read('embed/resize.js'), { level: 9 }).length;
  note(`dist/embed/resize.js: ${bytes} bytes min+gzip`);
  assert(bytes <= 1024, `${bytes} bytes`);
});

await browser.close();
servers.close();
const failed = results.filter((ok) => !ok).length;
console.log(
  `Embed: ${results.length - failed} passed, ${failed} failed ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = failed ? 1 : 0;
