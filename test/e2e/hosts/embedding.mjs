// Embedding checks from issue 7:
//   csp   – a page served with a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)
//           and every widget, one of them in English so a lazy chunk loads under the policy,
//           and the wheel fed by inline <script type="application/json"> (data, not script).
//   twice – the all-in-one bundle loaded as two module instances plus the single-widget carousel
//           bundle: no page error, no console error, the widgets work, one warning per tag a later
//           copy could not register.
import { perWidget, widgetOf } from '../../../scripts/widgets.mjs';
import { open, settle, shadow, short, TAGS, text, waitRendered } from './page.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const WHEEL_JSON = {
  themes: [
    { id: 'csp-alfa', title: 'Alfa fra inline JSON', description: 'Første tema.' },
    { id: 'csp-beta', title: 'Beta fra inline JSON', description: 'Andet tema.' },
    { id: 'csp-gamma', title: 'Gamma fra inline JSON', description: 'Tredje tema.' },
  ],
};

/** The single-widget bundle loaded after the all-in-one bundle on the "twice" page. */
const SINGLE = 'digi-tip-carousel';

/** The page's elements: each widget of the registry, as `markup` writes it or as a bare tag. */
const elements = (markup) => {
  for (const tag of Object.keys(markup)) widgetOf(tag);
  return TAGS.map((tag) => markup[tag] ?? `<${tag}></${tag}>`).join('\n    ');
};

export const pages = {
  '/csp.html': {
    headers: { 'Content-Security-Policy': CSP },
    html: `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Strict CSP</title>
    <script type="module" src="/cdn/digileder-widgets.js"></script>
  </head>
  <body>
    ${elements({
      'digi-tip-carousel': '<digi-tip-carousel lang="en" label="Tips"></digi-tip-carousel>',
      'digi-strategy-wheel': `<digi-strategy-wheel>
      <script type="application/json">
        ${JSON.stringify(WHEEL_JSON)}
      </script>
    </digi-strategy-wheel>`,
    })}
  </body>
</html>
`,
  },
  '/twice.html': {
    headers: {},
    html: `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Loaded twice</title>
    <script type="module" src="/cdn/digileder-widgets.js?copy=1"></script>
    <script type="module" src="/cdn/digileder-widgets.js?copy=2"></script>
    <script type="module" src="/cdn/${widgetOf(SINGLE).name}.js"></script>
  </head>
  <body>
    ${elements({ 'digi-tip-carousel': '<digi-tip-carousel label="Tips"></digi-tip-carousel>' })}
  </body>
</html>
`,
  },
};

/** Waits up to 5 s for `predicate(tag)` in the page; false when it never held. */
const waitIn = (page, tag, predicate) =>
  page.waitForFunction(predicate, { timeout: 5_000 }, tag).then(
    () => true,
    () => false,
  );

/**
 * What a reader does with each widget, and what must follow: next on the carousel (its position
 * read with `positionPattern`), Start on the quiz, the second segment of the wheel.
 */
const ACTIONS = perWidget(
  {
    'digi-tip-carousel': async (page, tag, problems, positionPattern) => {
      const before = await text(page, tag, '[part~="position"]');
      if (!positionPattern(1).test(before ?? ''))
        problems.push(`the carousel's position reads "${before}", expected ${positionPattern(1)}`);
      await (await shadow(page, tag, '[part~="next-button"]')).asElement()?.click();
      try {
        await page.waitForFunction(
          (t, re) =>
            new RegExp(re).test(
              document.querySelector(t)?.shadowRoot?.querySelector('[part~="position"]')
                ?.textContent ?? '',
            ),
          { timeout: 5_000 },
          tag,
          positionPattern(2).source,
        );
      } catch {
        const after = await text(page, tag, '[part~="position"]');
        problems.push(`a click on the carousel's next button did not turn it: "${after}"`);
      }
    },
    'digi-archetype-quiz': async (page, tag, problems) => {
      const start = (await shadow(page, tag, '[part~="start-button"]')).asElement();
      if (!start) return problems.push('the quiz shows no Start button');
      await start.click();
      if (
        !(await waitIn(page, tag, (t) =>
          document.querySelector(t)?.shadowRoot?.querySelector('[part~="question"]'),
        ))
      )
        problems.push('a click on the quiz’s Start did not show the first question');
    },
    'digi-strategy-wheel': async (page, tag, problems) => {
      const tab = (await shadow(page, tag, '[role="tab"]#tab-1')).asElement();
      if (!tab) return problems.push('the wheel has no second tab');
      await tab.click();
      if (
        !(await waitIn(
          page,
          tag,
          (t) =>
            document
              .querySelector(t)
              ?.shadowRoot?.querySelector('#tab-1')
              ?.getAttribute('aria-selected') === 'true',
        ))
      )
        problems.push('a click on the wheel’s second segment did not select it');
    },
  },
  'test/e2e/hosts/embedding.mjs ACTIONS',
);

/** Uses every widget on the page as a reader would (see ACTIONS). */
async function interact(page, problems, positionPattern) {
  for (const tag of TAGS) await ACTIONS[tag](page, tag, problems, positionPattern);
}

async function checkCsp({ browser, base }) {
  const problems = [];
  const { page, log } = await open(browser);
  try {
    const response = await page.goto(`${base}/csp.html`, { waitUntil: 'load' });
    if (response?.headers()['content-security-policy'] !== CSP)
      problems.push('the page was not served with the strict policy');
    problems.push(...(await waitRendered(page)));

    const wheel = await page.evaluate(
      () => document.querySelector('digi-strategy-wheel')?.shadowRoot?.textContent ?? '',
    );
    for (const theme of WHEEL_JSON.themes)
      if (!wheel.includes(theme.title))
        problems.push(`the wheel does not show "${theme.title}" from its inline JSON`);
    const tabs = await page.evaluate(
      () =>
        document.querySelector('digi-strategy-wheel')?.shadowRoot?.querySelectorAll('[role="tab"]')
          .length,
    );
    if (tabs !== WHEEL_JSON.themes.length)
      problems.push(`the wheel has ${tabs} segments, not ${WHEEL_JSON.themes.length}`);

    const label = await page.evaluate(
      () =>
        document
          .querySelector('digi-tip-carousel')
          ?.shadowRoot?.querySelector('[part~="next-button"]')
          ?.getAttribute('aria-label') ?? '',
    );
    if (!/next/i.test(label)) problems.push(`the English carousel's next button reads "${label}"`);
    await interact(page, problems, (n) => new RegExp(`^${n} of \\d+$`));

    // The lazy chunks must have come in under the policy: English texts and the content loader.
    const chunks = log.requests.filter((url) => /\/cdn\/digileder-widgets\.[^/]+\.js$/.test(url));
    if (!chunks.some((url) => /tip-carousel\.en-/.test(url)))
      problems.push('the English chunk of the carousel was never loaded');
    if (!chunks.some((url) => /strategy-wheel\.schema-/.test(url)))
      problems.push('the content loader of the wheel was never loaded');

    await settle(page);
    const violations = await page.evaluate(() => window.__cspViolations);
    for (const violation of violations) problems.push(`CSP violation: ${violation}`);
  } catch (error) {
    problems.push(`failed: ${short(error)}`);
  } finally {
    await page.close();
  }
  problems.push(...log.errors);
  return problems;
}

async function checkTwice({ browser, base }) {
  const problems = [];
  const { page, log } = await open(browser);
  try {
    await page.goto(`${base}/twice.html`, { waitUntil: 'load' });
    problems.push(...(await waitRendered(page)));
    await interact(page, problems, (n) => new RegExp(`^${n} af \\d+$`));

    // The first copy to run wins every tag.
    const winners = await page.evaluate(
      async (classes) => {
        const first = await import('/cdn/digileder-widgets.js?copy=1');
        return classes
          .filter(([tag, className]) => customElements.get(tag) !== first[className])
          .map(([tag]) => tag);
      },
      TAGS.map((tag) => [tag, widgetOf(tag).className]),
    );
    for (const tag of winners) problems.push(`<${tag}> is not the first copy's class`);

    // "One warning" means one per registration a later copy could not make: copy 2 of the
    // all-in-one bundle finds every tag taken by copy 1's classes (one warning each) and the
    // single-widget bundle finds its tag taken (one more), each naming its tag.
    // A copy re-registering its own class (the same module evaluated once) stays silent.
    await settle(page);
    const duplicate = /^<(digi-[a-z-]+)> is already defined by another copy/;
    const counts = Object.fromEntries(TAGS.map((tag) => [tag, 0]));
    for (const warning of log.warnings) {
      const tag = duplicate.exec(warning)?.[1];
      if (tag && Object.hasOwn(counts, tag)) counts[tag]++;
      else problems.push(`unexpected console.warn: ${warning}`);
    }
    for (const tag of TAGS) {
      const expected = tag === SINGLE ? 2 : 1;
      if (counts[tag] !== expected)
        problems.push(
          `${counts[tag]} duplicate-registration warnings for <${tag}>, expected ${expected}`,
        );
    }
  } catch (error) {
    problems.push(`failed: ${short(error)}`);
  } finally {
    await page.close();
  }
  problems.push(...log.errors);
  return problems;
}

export const checks = [
  {
    name: 'csp',
    title: 'strict Content-Security-Policy, inline JSON, lazy English',
    run: checkCsp,
  },
  { name: 'twice', title: 'bundle loaded twice plus the single carousel', run: checkTwice },
];
