// Embedding checks from issue 7:
//   csp   – a page served with a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)
//           and all three widgets, one of them in English so a lazy chunk loads under the policy,
//           and the wheel fed by inline <script type="application/json"> (data, not script).
//   twice – the all-in-one bundle loaded as two module instances plus the single-widget carousel
//           bundle: no page error, no console error, the widgets work, one warning per tag a later
//           copy could not register.
import { open, settle, shadow, short, TAGS, text, waitRendered } from './page.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const WHEEL_JSON = {
  themes: [
    { id: 'csp-alfa', title: 'Alfa fra inline JSON', description: 'Første tema.' },
    { id: 'csp-beta', title: 'Beta fra inline JSON', description: 'Andet tema.' },
    { id: 'csp-gamma', title: 'Gamma fra inline JSON', description: 'Tredje tema.' },
  ],
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
    <digi-tip-carousel lang="en" label="Tips"></digi-tip-carousel>
    <digi-archetype-quiz></digi-archetype-quiz>
    <digi-strategy-wheel>
      <script type="application/json">
        ${JSON.stringify(WHEEL_JSON)}
      </script>
    </digi-strategy-wheel>
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
    <script type="module" src="/cdn/tip-carousel.js"></script>
  </head>
  <body>
    <digi-tip-carousel label="Tips"></digi-tip-carousel>
    <digi-archetype-quiz></digi-archetype-quiz>
    <digi-strategy-wheel></digi-strategy-wheel>
  </body>
</html>
`,
  },
};

/** Clicks next on the carousel, Start on the quiz and the second segment of the wheel. */
async function interact(page, problems, positionPattern) {
  const before = await text(page, 'digi-tip-carousel', '[part~="position"]');
  if (!positionPattern(1).test(before ?? ''))
    problems.push(`the carousel's position reads "${before}", expected ${positionPattern(1)}`);
  await (await shadow(page, 'digi-tip-carousel', '[part~="next-button"]')).asElement()?.click();
  try {
    await page.waitForFunction(
      (re) =>
        new RegExp(re).test(
          document
            .querySelector('digi-tip-carousel')
            ?.shadowRoot?.querySelector('[part~="position"]')?.textContent ?? '',
        ),
      { timeout: 5_000 },
      positionPattern(2).source,
    );
  } catch {
    const after = await text(page, 'digi-tip-carousel', '[part~="position"]');
    problems.push(`a click on the carousel's next button did not turn it: "${after}"`);
  }

  const start = (await shadow(page, 'digi-archetype-quiz', '[part~="start-button"]')).asElement();
  if (!start) problems.push('the quiz shows no Start button');
  else {
    await start.click();
    try {
      await page.waitForFunction(
        () =>
          document
            .querySelector('digi-archetype-quiz')
            ?.shadowRoot?.querySelector('[part~="question"]'),
        { timeout: 5_000 },
      );
    } catch {
      problems.push('a click on the quiz’s Start did not show the first question');
    }
  }

  const tab = (await shadow(page, 'digi-strategy-wheel', '[role="tab"]#tab-1')).asElement();
  if (!tab) problems.push('the wheel has no second tab');
  else {
    await tab.click();
    try {
      await page.waitForFunction(
        () =>
          document
            .querySelector('digi-strategy-wheel')
            ?.shadowRoot?.querySelector('#tab-1')
            ?.getAttribute('aria-selected') === 'true',
        { timeout: 5_000 },
      );
    } catch {
      problems.push('a click on the wheel’s second segment did not select it');
    }
  }
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
    const winners = await page.evaluate(async (tags) => {
      const first = await import('/cdn/digileder-widgets.js?copy=1');
      const classes = {
        'digi-tip-carousel': first.DigiTipCarousel,
        'digi-archetype-quiz': first.DigiArchetypeQuiz,
        'digi-strategy-wheel': first.DigiStrategyWheel,
      };
      return tags.filter((tag) => customElements.get(tag) !== classes[tag]);
    }, TAGS);
    for (const tag of winners) problems.push(`<${tag}> is not the first copy's class`);

    // "One warning" means one per registration a later copy could not make: copy 2 of the
    // all-in-one bundle finds all three tags taken by copy 1's classes (3 warnings) and
    // tip-carousel.js finds <digi-tip-carousel> taken (1 warning): 4 in all, each naming its tag.
    // A copy re-registering its own class (the same module evaluated once) stays silent.
    await settle(page);
    const duplicate = /^<(digi-[a-z-]+)> is already defined by another copy/;
    const counts = Object.fromEntries(TAGS.map((tag) => [tag, 0]));
    for (const warning of log.warnings) {
      const tag = duplicate.exec(warning)?.[1];
      if (tag && tag in counts) counts[tag]++;
      else problems.push(`unexpected console.warn: ${warning}`);
    }
    const expected = { 'digi-tip-carousel': 2, 'digi-archetype-quiz': 1, 'digi-strategy-wheel': 1 };
    for (const tag of TAGS)
      if (counts[tag] !== expected[tag])
        problems.push(
          `${counts[tag]} duplicate-registration warnings for <${tag}>, expected ${expected[tag]}`,
        );
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
