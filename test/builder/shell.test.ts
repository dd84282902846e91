// The embed builder's shell: steps, validation and the error summary, the look and its contrast
// check, the preview, the snippet, copying, the draft in localStorage and the language switch.
// The three content forms are stood in for by a tiny form (the real ones are tested in
// forms*.test.ts and, together with this shell, end to end by test/e2e/builder-e2e.mjs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  tipCarouselDa as tipsDa,
  tipCarouselEn as tipsEn,
  type DigiTipCarousel,
} from '../../src/tip-carousel/index.js';
import type { DigiStrategyWheel } from '../../src/strategy-wheel/index.js';
import { archetypeQuizDa as quizDa } from '../../src/archetype-quiz/index.js';
import { fieldId } from '../../src/builder/builder-types.js';
import type { WidgetKind } from '../../src/builder/builder-types.js';
import { STORAGE_KEY, type DigiEmbedBuilder } from '../../src/builder/embed-builder.js';
import { LEGACY_KEY } from '../../src/builder/state.js';
import { isWidgetKind, kindOf, toDraft, WIDGET_KINDS } from '../../src/builder/kinds.js';
import registry from '../../src/widgets.json' with { type: 'json' };
import { placeOf } from '../../src/builder/places.js';
import { lookCss, toLook } from '../../src/builder/look.js';
import { TOKENS } from '../../src/core/tokens.js';
import { scriptSafeJson, toBase, toFileName } from '../../src/builder/snippet.js';
import {
  deepActiveElement,
  differently,
  engine,
  restoreViewport,
  setViewportSize,
  settle,
  shadow,
} from '../helpers.js';
import {
  $,
  $$,
  accessible,
  builder,
  button,
  choose,
  edit,
  form,
  recordDownloads,
  select,
  text,
  THREE_TIPS,
  type,
} from './harness.js';

const WHEEL = {
  themes: [
    { id: 'a', title: 'Alfa', description: 'A.' },
    { id: 'b', title: 'Beta', description: 'B.' },
  ],
};

async function makeSnippet(el: DigiEmbedBuilder): Promise<string | undefined> {
  button(el, 'Lav koden').click();
  await settle(el);
  return $<HTMLTextAreaElement>(el, '#snippet')?.value;
}

/** The snippet parsed as an HTML fragment, as a CMS would hold it. */
function parse(snippet: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html');
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(async () => {
  sinon.restore();
  localStorage.clear();
  await restoreViewport();
});

describe('<digi-embed-builder>', () => {
  describe('steps', () => {
    it('shows the six steps in order, in the page language, with the carousel chosen', async () => {
      const el = await builder();
      expect($$(el, 'h2').map(text)).to.deep.equal([
        '1. Vælg widget',
        '2. Start fra',
        '3. Indhold',
        '4. Udseende',
        '5. Forhåndsvisning',
        '6. Sæt widgetten på siden',
        'Start forfra?',
      ]);
      expect($<HTMLInputElement>(el, 'input[value="tip-carousel"]')!.checked).to.equal(true);
      expect(form(el).localName).to.equal('digi-builder-tips-form');
      expect(form(el).draft).to.deep.equal(tipsDa.content);
      expect(form(el).draft).to.not.equal(tipsDa.content, 'a copy, never the built-in object');
      expect(form(el).lang).to.equal('da');
      expect(text($(el, '.count'))).to.equal('Ingen fejl i indholdet.');
      await accessible(el);
    });

    it('switches widget with the native radio group, keeping each draft', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      const quiz = $<HTMLInputElement>(el, 'input[value="archetype-quiz"]')!;
      quiz.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect($<HTMLInputElement>(el, 'input[value="archetype-quiz"]')!.checked).to.equal(false);
      expect(form(el).localName).to.equal('digi-builder-wheel-form');
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(form(el).localName).to.equal('digi-builder-quiz-form');
      expect(form(el).draft).to.deep.equal(quizDa.content);
      expect($(el, 'digi-archetype-quiz')).to.exist;
      await choose(el, 'input[value="tip-carousel"]');
      expect(form(el).draft).to.deep.equal(THREE_TIPS);
      await accessible(el);
    });
  });

  describe('kinds', () => {
    it('are the registry’s widgets, in its order, each with its own form and preview', async () => {
      expect(WIDGET_KINDS).to.deep.equal(registry.widgets.map((w) => w.name));
      const el = await builder();
      const radios = $$(el, 'input[name="kind"]') as HTMLInputElement[];
      expect(radios.map((r) => r.value)).to.deep.equal([...WIDGET_KINDS]);
      for (const [i, { name, tag }] of registry.widgets.entries()) {
        expect(kindOf(name as WidgetKind).tag).to.equal(tag);
        expect(kindOf(name as WidgetKind).bundle).to.equal(`${name}.js`);
        radios[i]!.click();
        await settle(el);
        expect(form(el).localName).to.equal(kindOf(name as WidgetKind).formTag);
        expect($(el, '.frame > *')!.localName).to.equal(tag);
      }
      expect(isWidgetKind('pie-chart')).to.equal(false);
    });
  });

  describe('start from', () => {
    it('starts from the English built-in content, and the preview speaks English', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      button(el, 'Indbygget indhold på engelsk').click();
      await settle(el);
      expect(form(el).draft).to.deep.equal(tipsEn.content);
      expect($<HTMLSelectElement>(el, '#content-lang')!.value).to.equal('en');
      expect($(el, 'digi-tip-carousel')!.getAttribute('lang')).to.equal('en');
      button(el, 'Indbygget indhold på dansk').click();
      await settle(el);
      expect(form(el).draft).to.deep.equal(tipsDa.content);
      await select(el, '#content-lang', 'en');
      expect($(el, 'digi-tip-carousel')!.getAttribute('lang')).to.equal('en');
    });

    it('uses pasted JSON, choosing the widget it belongs to', async () => {
      const el = await builder();
      await type(el, '#paste', JSON.stringify(WHEEL));
      button(el, 'Brug det indsatte').click();
      await settle(el);
      expect(form(el).localName).to.equal('digi-builder-wheel-form');
      expect(form(el).draft).to.deep.equal(WHEEL);
      expect($<HTMLInputElement>(el, 'input[value="strategy-wheel"]')!.checked).to.equal(true);
      expect(text($(el, '.message[role="status"]'))).to.equal(
        'Indholdet hører til en anden widget, så den er valgt: Strategihjul: temaer med farver, ' +
          'eksempler og links. Ingen fejl i indholdet.',
      );
      expect(text($(el, '[role="alert"]'))).to.equal('');
    });

    it('says what is wrong with pasted text that is empty, not JSON or nobody’s content', async () => {
      const el = await builder();
      const alert = () => text($(el, '.message[role="alert"]'));
      button(el, 'Brug det indsatte').click();
      await settle(el);
      expect(alert()).to.equal('Feltet er tomt. Indsæt JSON først.');
      await type(el, '#paste', '{"tips": [');
      button(el, 'Brug det indsatte').click();
      await settle(el);
      expect(alert()).to.match(/^Det er ikke gyldig JSON/);
      for (const json of [
        '[1]',
        '{"items": []}',
        '{"tips": [1, 2]}',
        '{"questions": [{"options": 3}]}',
      ]) {
        await type(el, '#paste', json);
        button(el, 'Brug det indsatte').click();
        await settle(el);
        expect(alert(), json).to.match(/^Det ligner ikke indhold/);
      }
      expect(form(el).draft).to.deep.equal(tipsDa.content, 'the draft is left alone');
      await accessible(el);
    });

    it('opens a JSON file, keeping content that fails validation so it can be fixed', async () => {
      const el = await builder();
      const input = $<HTMLInputElement>(el, '#file')!;
      const files = new DataTransfer();
      files.items.add(new File(['{"tips": [{"title": "", "body": "Kun tekst"}]}'], 'raad.json'));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => text($(el, '.message[role="status"]')), 'the file is read');
      await settle(el);
      expect(form(el).draft).to.deep.equal({ tips: [{ title: '', body: 'Kun tekst' }] });
      expect(input.value).to.equal('', 'the same file can be chosen again');
      expect(text($(el, '.message[role="status"]'))).to.equal(
        'Indholdet er hentet ind. 1 fejl i indholdet.',
      );
      expect(form(el).problems).to.deep.equal([{ path: 'tips[0].title', code: 'text' }]);
    });

    it('says so when a file cannot be read', async () => {
      const el = await builder();
      sinon.stub(File.prototype, 'text').rejects(new DOMException('gone', 'NotReadableError'));
      const input = $<HTMLInputElement>(el, '#file')!;
      const files = new DataTransfer();
      files.items.add(new File(['{}'], 'raad.json'));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => text($(el, '.message[role="alert"]')), 'the failure is told');
      expect(text($(el, '.message[role="alert"]'))).to.equal('Filen kunne ikke læses.');
      expect(form(el).draft).to.deep.equal(tipsDa.content);
    });

    it('fills in missing lists, so the forms can show a half-made quiz', () => {
      expect(toDraft({ questions: [{ id: 'q' }] })).to.deep.equal({
        kind: 'archetype-quiz',
        draft: { questions: [{ id: 'q', options: [] }], archetypes: [] },
      });
    });
  });

  describe('validation', () => {
    it('hands the problems to the form and lists them in a polite summary', async () => {
      const el = await builder();
      await edit(el, {
        tips: [
          { title: ' ', body: 'x' },
          { title: 'y', body: '' },
        ],
      });
      expect(form(el).problems.map((p) => p.path)).to.deep.equal(['tips[0].title', 'tips[1].body']);
      const count = $(el, '.count')!;
      expect(count.getAttribute('role')).to.equal('status');
      expect(text(count)).to.equal('2 fejl i indholdet.');
      const summary = $(el, '.summary')!;
      expect(summary.closest('[role="alert"]')).to.equal(null);
      expect($$(el, '.summary button').map(text)).to.deep.equal([
        'Råd 1 › Titel: skal indeholde tekst tips[0].title',
        'Råd 2 › Tekst: skal indeholde tekst tips[1].body',
      ]);
      await accessible(el);
    });

    it('moves focus to the field when a problem in the summary is pressed', async () => {
      const el = await builder();
      await edit(el, { tips: [{ title: '', body: 'x' }] });
      $$(el, '.summary button')[0]!.click();
      expect(form(el).focused).to.deep.equal(['tips[0].title']);
      expect(deepActiveElement()?.id).to.equal(fieldId('tips[0].title'));
    });

    it('shows problems without a place in the summary, as text', async () => {
      const el = await builder();
      await edit(el, null);
      expect($$(el, '.summary button')).to.have.length(0);
      expect(text($(el, '.summary li'))).to.equal('Indholdet: skal være et objekt');
      expect(form(el).problems).to.deep.equal([{ path: '', code: 'object' }]);
    });

    it('names each place in the editor’s words', () => {
      expect(placeOf('questions[1].options[2].label', 'da')).to.equal(
        'Spørgsmål 2 › Svar 3 › Tekst',
      );
      expect(placeOf('archetypes[0].strengths[3]', 'en')).to.equal('Persona 1 › Strength 4');
      expect(placeOf('questions[0].options[1].weights.anna', 'da')).to.equal(
        'Spørgsmål 1 › Svar 2 › Point › anna',
      );
      expect(placeOf('themes', 'da')).to.equal('Tema');
      expect(placeOf('', 'da')).to.equal('');
      // Issue 16: a key every object inherits is named as it is, never with that function's source.
      expect(placeOf('questions[0].options[1].weights.toString', 'da')).to.equal(
        'Spørgsmål 1 › Svar 2 › Point › toString',
      );
      expect(placeOf('constructor', 'en')).to.equal('constructor');
    });

    it('uses the widget’s own checks: duplicate ids and quiz levels', async () => {
      const el = await builder();
      await edit(el, {
        tips: [
          { id: 'a', title: 'A', body: 'a' },
          { id: 'a', title: 'B', body: 'b' },
        ],
      });
      expect(form(el).problems).to.deep.equal([{ path: 'tips[1].id', code: 'duplicate-id' }]);
      await choose(el, 'input[value="archetype-quiz"]');
      const quiz = structuredClone(quizDa.content);
      quiz.questions[0]!.options[0]!.level = 9;
      await edit(el, quiz);
      expect(form(el).problems).to.deep.equal([
        { path: 'questions[0].options[0].level', code: 'unknown-ref' },
      ]);
    });
  });

  describe('look', () => {
    it('passes the default colour and warns in text below 4.5:1', async () => {
      const el = await builder();
      expect($$(el, '.contrast li.low')).to.have.length(0);
      expect(text($(el, '.contrast li'))).to.match(/: 6,81:1\. God nok/);
      await type(el, '#accent-text', '#ffcc00');
      const low = $$(el, '.contrast li.low');
      expect(low).to.have.length(2);
      expect(text(low[0])).to.include('1,51:1').and.include('Advarsel: under 4,5:1');
      expect($<HTMLInputElement>(el, '#accent')!.value).to.equal('#ffcc00');
      expect($(el, '.frame')!.style.getPropertyValue('--digi-color-accent')).to.equal('#ffcc00');
      await accessible(el);
    });

    it('takes the colour picker, and refuses a code that is not a colour', async () => {
      const el = await builder();
      const picker = $<HTMLInputElement>(el, '#accent')!;
      picker.value = '#1f6b3a';
      picker.dispatchEvent(new Event('input'));
      await settle(el);
      expect($<HTMLInputElement>(el, '#accent-text')!.value).to.equal('#1f6b3a');
      await type(el, '#accent-text', '#12');
      expect($(el, '#accent-text')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#accent-error'))).to.match(/^Skriv en farve/);
      expect($(el, '.frame')!.style.getPropertyValue('--digi-color-accent')).to.equal('#1f6b3a');
      await type(el, '#accent-text', '#abc');
      expect($<HTMLInputElement>(el, '#accent')!.value).to.equal('#aabbcc');
      await accessible(el);
    });

    it('starts from the widgets’ own design tokens, and marks them as the defaults', async () => {
      const el = await builder();
      const chosen = (id: string) => {
        const field = $<HTMLSelectElement>(el, id)!;
        return text(field.options[field.selectedIndex]);
      };
      expect(chosen('#font')).to.equal('Sidens egen skrift (standard)');
      expect(chosen('#radius')).to.equal('Let afrundede (standard)');
      expect($<HTMLInputElement>(el, '#accent-text')!.value).to.equal(TOKENS['color-accent'].value);
      expect($$(el, 'option').filter((o) => text(o).endsWith('(standard)'))).to.have.length(2);
    });

    it('sets font and radius on the preview', async () => {
      const el = await builder();
      await select(el, '#font', 'Georgia, "Times New Roman", serif');
      await select(el, '#radius', '1rem');
      const frame = $(el, '.frame')!;
      expect(frame.style.getPropertyValue('--digi-font-family')).to.equal(
        'Georgia, "Times New Roman", serif',
      );
      expect(frame.style.getPropertyValue('--digi-radius')).to.equal('1rem');
    });

    it('writes CSS only for what differs from the defaults', () => {
      expect(lookCss(toLook(undefined))).to.equal('');
      expect(lookCss(toLook({ accent: '#0059B3', font: 'Comic Sans', radius: '9px' }))).to.equal(
        '',
      );
      expect(lookCss(toLook({ accent: '#1f6b3a', radius: '0' }))).to.equal(
        '/* The look of the @digileder/widgets on this site, made with the embed builder. */\n' +
          'digi-tip-carousel,\ndigi-archetype-quiz,\ndigi-strategy-wheel {\n' +
          '  --digi-color-accent: #1f6b3a;\n  --digi-radius: 0;\n}\n',
      );
    });
  });

  describe('preview', () => {
    it('shows the real widget with the draft, at computer or phone width', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      const carousel = $<DigiTipCarousel>(el, 'digi-tip-carousel')!;
      await settle(carousel);
      expect(carousel.content).to.deep.equal(THREE_TIPS);
      expect(text(shadow(carousel).querySelector('[part~="title"]'))).to.equal('Første råd');
      const frame = $(el, '.frame')!;
      expect(frame.getBoundingClientRect().width).to.be.above(375);
      await choose(el, 'input[value="phone"]');
      expect(frame.getBoundingClientRect().width).to.equal(375);
      await choose(el, 'input[value="desktop"]');
      expect(frame.getBoundingClientRect().width).to.be.above(375);
    });

    it('follows the editor: a field of tip 3 or theme 2 shows that tip or theme', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      const field = (path: string) => {
        const input = document.createElement('input');
        input.id = fieldId(path);
        input.setAttribute('aria-label', path);
        form(el).shadowRoot!.append(input);
        return input;
      };
      field('tips[2].title').focus();
      const carousel = $<DigiTipCarousel>(el, 'digi-tip-carousel')!;
      await settle(carousel);
      expect(text(shadow(carousel).querySelector('[part~="position"]'))).to.equal('3 af 3');
      field('tips').focus();
      await settle(carousel);
      expect(text(shadow(carousel).querySelector('[part~="position"]'))).to.equal('3 af 3');
      // Typing in that tip gives the preview new content: it stays on the tip being edited.
      const edited = structuredClone(THREE_TIPS);
      edited.tips[2]!.title = 'Tredje råd, rettet';
      await edit(el, edited);
      await settle(carousel);
      expect(text(shadow(carousel).querySelector('[part~="position"]'))).to.equal('3 af 3');
      expect(
        text(shadow(carousel).querySelector('[part~="slide"]:not([inert]) [part~="title"]')),
      ).to.equal('Tredje råd, rettet');

      await choose(el, 'input[value="strategy-wheel"]');
      await edit(el, WHEEL);
      field('themes[1].description').focus();
      const wheel = $<DigiStrategyWheel>(el, 'digi-strategy-wheel')!;
      await settle(wheel);
      expect(wheel.selected).to.equal('b');
    });

    it('stands beside the form on a wide screen, and stays in view while the editor scrolls', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      const preview = $(el, '.preview')!;
      const content = $(el, '[aria-labelledby="content-heading"]')!;
      const snippet = $(el, '[aria-labelledby="snippet-heading"]')!;
      const beside = () =>
        preview.getBoundingClientRect().left >= content.getBoundingClientRect().right;
      expect(beside(), 'one column in the default window').to.equal(false);
      // The editor widens the window with the builder open (WebKitGTK re-evaluates a shadow root's
      // viewport media queries on resize only while it is in the page), and narrows it again.
      await setViewportSize(1400, 600);
      try {
        // Firefox keeps the scroll position an earlier test's focus left, across the fixtures: top.
        window.scrollTo(0, 0);
        expect(beside(), 'two columns at 1400 px').to.equal(true);
        expect(preview.getBoundingClientRect().top).to.be.below(
          content.getBoundingClientRect().top,
        );
        // Scrolled down to the last step, the preview is still there, whole, beside it.
        snippet.scrollIntoView({ block: 'end' });
        expect(window.scrollY, 'the page scrolls').to.be.above(100);
        const shown = preview.getBoundingClientRect();
        expect(shown.top).to.be.at.least(0);
        expect(shown.bottom).to.be.at.most(window.innerHeight);
        expect(shown.left).to.be.above(snippet.getBoundingClientRect().right);
        window.scrollTo(0, 0);
      } finally {
        await restoreViewport();
      }
      expect(beside(), 'one column again').to.equal(false);
    });

    it('keeps the last valid preview, greyed and inert, while the draft is invalid', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await edit(el, { tips: [] });
      const frame = $(el, '.frame')!;
      expect(frame.hasAttribute('inert')).to.equal(true);
      expect(frame.dataset['stale']).to.equal('true');
      expect((frame.firstElementChild as unknown as { content: unknown }).content).to.deep.equal(
        THREE_TIPS,
      );
      expect(text($(el, '.note'))).to.match(/seneste udgave uden fejl/);
      await accessible(el);
    });

    it('says there is nothing to show when no valid version exists yet', async () => {
      localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({
          version: '2',
          value: { widgets: { 'tip-carousel': { draft: { tips: [] } } } },
        }),
      );
      const el = await builder();
      expect($(el, '.frame') === null, 'no preview').to.equal(true);
      expect(text($(el, '.note'))).to.match(/^Der er ikke noget at vise/);
    });
  });

  describe('snippet', () => {
    it('gives the script tag and the element with the content inline', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      const snippet = (await makeSnippet(el))!;
      const base = new URL('../cdn/', location.href).href;
      expect(snippet.split('\n')[0]).to.equal(
        `<script type="module" src="${base}tip-carousel.js"></script>`,
      );
      expect(deepActiveElement()?.id).to.equal('snippet');
      expect($(el, 'label[for="snippet"]')).to.exist;
      const doc = parse(snippet);
      const widget = doc.querySelector('digi-tip-carousel')!;
      expect(widget.getAttribute('lang')).to.equal('da');
      expect(widget.parentElement).to.equal(doc.body);
      const json = widget.querySelector('script[type="application/json"]')!;
      expect(JSON.parse(json.textContent)).to.deep.equal(THREE_TIPS);
      expect(snippet.split('\n')[1]).to.equal(
        `<link rel="stylesheet" href="${base}digileder-widgets.css" />`,
        'the package stylesheet, which keeps the page still while the script loads',
      );
      expect(doc.querySelectorAll('link')).to.have.length(1, 'no look CSS for the default look');
      expect(text($(el, '.hint:not(label .hint)'))).to.not.include('CSS-fil, fordi');
      await accessible(el);
    });

    it('saves the content as a JSON file to open again later, also with the content inline', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await makeSnippet(el);
      const { blobs, names } = recordDownloads();
      button(el, 'Gem indholdet som JSON-fil').click();
      expect(names).to.deep.equal(['raad.json']);
      expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(THREE_TIPS);
    });

    it('escapes text that would end the script, and the snippet still loads', async () => {
      const el = await builder();
      const hostile = {
        tips: [{ title: '</script><img src=x onerror="window.hacked=1">', body: '<!-- & -->' }],
      };
      await edit(el, hostile);
      const snippet = (await makeSnippet(el))!;
      expect(snippet).to.not.include('</script><img');
      expect(snippet).to.include('\\u003c/script>');
      expect(JSON.parse(scriptSafeJson(hostile))).to.deep.equal(hostile);
      const doc = parse(snippet);
      expect(doc.querySelectorAll('script')).to.have.length(2);
      expect(doc.querySelector('img')).to.equal(null);
      // Load it: the widget (registered by the builder) shows exactly that title.
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(doc.querySelector('digi-tip-carousel')!);
      const carousel = host.querySelector('digi-tip-carousel')!;
      await settle(carousel);
      await settle(carousel);
      expect(text(shadow(carousel).querySelector('[part~="title"]'))).to.equal(
        hostile.tips[0]!.title,
      );
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('points src at a JSON file to download, beside the widget files', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await type(el, '#base', 'https://intra.example.dk/assets/digi');
      await choose(el, 'input[value="src"]');
      await type(el, '#json', 'vores-raad.json');
      const snippet = (await makeSnippet(el))!;
      expect(snippet).to.equal(
        '<script type="module" src="https://intra.example.dk/assets/digi/tip-carousel.js"></script>\n' +
          '<link rel="stylesheet" href="https://intra.example.dk/assets/digi/digileder-widgets.css" />\n' +
          '<digi-tip-carousel lang="da" src="https://intra.example.dk/assets/digi/vores-raad.json"></digi-tip-carousel>\n',
      );
      const { blobs, names } = recordDownloads();
      button(el, 'Hent JSON-filen').click();
      expect(names).to.deep.equal(['vores-raad.json']);
      expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(THREE_TIPS);
      expect(blobs[0]!.type).to.equal('application/json');
      await accessible(el);
    });

    it('links a CSS file for a changed look, and says why', async () => {
      const el = await builder();
      await type(el, '#accent-text', '#1f6b3a');
      const snippet = (await makeSnippet(el))!;
      const links = [...parse(snippet).querySelectorAll('link[rel="stylesheet"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
        ['digileder-widgets.css', 'digileder-udseende.css'].map(
          (file) => new URL(`../cdn/${file}`, location.href).href,
        ),
        'the package stylesheet, then the look after it so the look wins',
      );
      expect(snippet).to.not.match(/style=|<style/);
      expect($$(el, '.hint').map(text).join(' ')).to.include('blokerer style-attributter');
      const { blobs } = recordDownloads();
      button(el, 'Hent CSS-filen').click();
      expect(await blobs[0]!.text()).to.include('--digi-color-accent: #1f6b3a;');
      await type(el, '#css', 'look.txt');
      expect(text($(el, '#css-error'))).to.match(/slutter på \.css/);
      expect($(el, '#snippet')).to.equal(null);
    });

    it('sets the name and the on/off attribute of each widget, in the snippet and the preview', async () => {
      const el = await builder();
      await type(el, '#label', ' Ugens "råd" ');
      await choose(el, 'input[name="flag"]');
      expect(text($(el, 'label:has(input[name="flag"])'))).to.equal(
        'Skift selv til næste råd (med en stopknap)',
      );
      let snippet = (await makeSnippet(el))!;
      const carousel = parse(snippet).querySelector('digi-tip-carousel')!;
      expect(carousel.getAttribute('label')).to.equal('Ugens "råd"');
      expect(carousel.hasAttribute('autoplay')).to.equal(true);
      const preview = $(el, '.frame digi-tip-carousel')!;
      expect(preview.getAttribute('label')).to.equal('Ugens "råd"');
      expect(preview.hasAttribute('autoplay')).to.equal(true);
      await choose(el, 'input[value="archetype-quiz"]');
      expect($<HTMLInputElement>(el, '#label')!.value).to.equal('', 'settings are per widget');
      await choose(el, 'input[name="flag"]');
      snippet = $<HTMLTextAreaElement>(el, '#snippet')!.value;
      expect(parse(snippet).querySelector('digi-archetype-quiz')!.hasAttribute('persist')).to.equal(
        true,
      );
      expect($(el, '.frame digi-archetype-quiz')!.hasAttribute('persist')).to.equal(
        false,
        'the preview keeps no answers',
      );
      await choose(el, 'input[value="strategy-wheel"]');
      await choose(el, 'input[name="flag"]');
      expect($(el, '.frame digi-strategy-wheel')!.hasAttribute('rotate')).to.equal(true);
      await choose(el, 'input[name="flag"]');
      expect($(el, '.frame digi-strategy-wheel')!.hasAttribute('rotate')).to.equal(false);
      await choose(el, 'input[name="flag"]');
      expect($<HTMLTextAreaElement>(el, '#snippet')!.value).to.include(
        '<digi-strategy-wheel lang="da" rotate>',
      );
      await choose(el, 'input[value="tip-carousel"]');
      await accessible(el);
    });

    it('makes no snippet from an invalid draft: it alerts and lists the problems', async () => {
      const el = await builder();
      await edit(el, { tips: [{ title: '', body: 'x' }] });
      expect(await makeSnippet(el)).to.equal(undefined);
      const blocked = $(el, '#blocked')!;
      expect(blocked.getAttribute('role')).to.equal('alert');
      expect(deepActiveElement()).to.equal(blocked);
      expect(text(blocked)).to.include('Koden kan ikke laves endnu');
      expect($$(el, '#blocked button').map(text)).to.deep.equal([
        'Råd 1 › Titel: skal indeholde tekst tips[0].title',
      ]);
      expect($$(el, 'button').map(text)).to.not.include('Kopiér koden');
      await accessible(el);
      // Editing quiets the alert; fixing the draft brings the snippet.
      await edit(el, { tips: [{ title: 'x', body: 'y' }] });
      expect($(el, '#snippet')).to.exist;
      await edit(el, { tips: [] });
      expect($(el, '#blocked')!.getAttribute('role')).to.equal('group');
    });

    it('makes no snippet while the hosting address is not a web address', async () => {
      const el = await builder();
      await type(el, '#base', 'javascript:alert(1)');
      expect($(el, '#base')!.getAttribute('aria-invalid')).to.equal('true');
      expect(await makeSnippet(el)).to.equal(undefined);
      expect(text($(el, '#blocked'))).to.include('Ret først felterne med fejl ovenfor');
      await choose(el, 'input[value="src"]');
      await type(el, '#base', '/assets/');
      await type(el, '#json', '../x.json');
      expect($(el, '#snippet')).to.equal(null);
      expect(toBase('  ')).to.equal(undefined);
      expect(toBase('/a b/')).to.equal(undefined);
      expect(toFileName('x.JSON', 'json')).to.equal('x.JSON');
    });
  });

  describe('copy', () => {
    it('copies with the clipboard API and says so', async () => {
      const el = await builder();
      const snippet = (await makeSnippet(el))!;
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      button(el, 'Kopiér koden').click();
      await settle(el);
      await settle(el);
      expect(write.args).to.deep.equal([[snippet]]);
      const status = $(el, '.message[role="status"]:not(:empty)');
      expect(text($$(el, '[role="status"]').find((s) => text(s).startsWith('Kopieret')))).to.equal(
        'Kopieret. Indsæt koden i en HTML-blok på siden.',
      );
      expect(status).to.exist;
    });

    it('falls back to selecting the text and execCommand, or tells how to copy by hand', async () => {
      const el = await builder();
      await makeSnippet(el);
      sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
      const exec = sinon.stub(document, 'execCommand').returns(true);
      button(el, 'Kopiér koden').click();
      await settle(el);
      await settle(el);
      expect(exec.args).to.deep.equal([['copy']]);
      const area = $<HTMLTextAreaElement>(el, '#snippet')!;
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
      expect($$(el, '[role="status"]').map(text)).to.include(
        'Kopieret. Indsæt koden i en HTML-blok på siden.',
      );
      exec.returns(false);
      button(el, 'Kopiér koden').click();
      await settle(el);
      await settle(el);
      expect($$(el, '[role="status"]').map(text)).to.include(
        'Koden kunne ikke kopieres automatisk. Markér teksten, og tryk Ctrl+C.',
      );
    });
  });

  describe('draft in localStorage', () => {
    it('restores widget, drafts, look and options after the tab was closed', async () => {
      const first = await builder();
      await choose(first, 'input[value="strategy-wheel"]');
      await edit(first, WHEEL);
      await type(first, '#accent-text', '#1f6b3a');
      await choose(first, 'input[value="phone"]');
      await choose(first, 'input[value="src"]');
      await type(first, '#json', 'hjul.json');
      await type(first, '#base', '/assets/digi/');
      await type(first, '#label', 'Vores hjul');
      await choose(first, 'input[name="flag"]');
      button(first, 'English').click();
      await settle(first);
      first.remove();
      const el = await builder();
      expect(form(el).localName).to.equal('digi-builder-wheel-form');
      expect(form(el).draft).to.deep.equal(WHEEL);
      expect(form(el).lang).to.equal('en');
      expect($<HTMLInputElement>(el, '#accent-text')!.value).to.equal('#1f6b3a');
      expect($<HTMLInputElement>(el, 'input[value="phone"]')!.checked).to.equal(true);
      button(el, 'Make the code').click();
      await settle(el);
      const snippet = $<HTMLTextAreaElement>(el, '#snippet')!.value;
      expect(snippet).to.include('label="Vores hjul" rotate src="/assets/digi/hjul.json"');
      expect(snippet).to.include('href="/assets/digi/digileder-udseende.css"');
    });

    it('opens a draft saved by the first version of the builder, and moves it', async () => {
      localStorage.setItem(
        LEGACY_KEY,
        JSON.stringify({
          version: '1',
          value: {
            kind: 'strategy-wheel',
            drafts: { 'strategy-wheel': WHEEL },
            langs: { 'strategy-wheel': 'en' },
            look: { accent: '#1f6b3a', font: 'inherit', radius: '0' },
            width: 'phone',
            mode: 'src',
            jsonNames: { 'strategy-wheel': 'hjul.json' },
            settings: { 'strategy-wheel': { label: 'Vores hjul', flag: true } },
            cssName: 'look.css',
          },
        }),
      );
      const el = await builder();
      expect(form(el).localName).to.equal('digi-builder-wheel-form');
      expect(form(el).draft).to.deep.equal(WHEEL);
      expect($$(el, '.stored')).to.have.length(0, 'nothing to report');
      const snippet = (await makeSnippet(el))!;
      expect(snippet).to.include('lang="en" label="Vores hjul" rotate src="http://localhost:');
      expect(snippet).to.include('/cdn/hjul.json"').and.include('/cdn/look.css"');
      expect($<HTMLInputElement>(el, 'input[value="phone"]')!.checked).to.equal(true);
      await type(el, '#label', 'Hjulet');
      expect(localStorage.getItem(LEGACY_KEY)).to.equal(null);
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.have.property('version', '2');
    });

    it('opens with what it can use of a stored draft, says so, and offers to start over', async () => {
      localStorage.setItem(
        LEGACY_KEY,
        JSON.stringify({
          version: '1',
          value: { kind: 'pie-chart', drafts: { 'tip-carousel': { themes: [] } }, look: 'x' },
        }),
      );
      const el = await builder();
      expect(form(el).draft).to.deep.equal(tipsDa.content);
      expect($<HTMLInputElement>(el, '#accent-text')!.value).to.equal('#0059b3');
      const stored = $(el, '.stored')!;
      expect(stored.getAttribute('role')).to.equal('alert');
      expect(text(stored)).to.include(
        'Noget i din gemte kladde kunne ikke bruges, så standardvalget bruges i stedet for det.',
      );
      await accessible(el);
      button(el, 'Slet den gemte kladde, og start forfra').click();
      await settle(el);
      expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
      button(el, 'Ja, slet kladden').click();
      await settle(el);
      expect(localStorage.getItem(LEGACY_KEY)).to.equal(null);
      expect($$(el, '.stored')).to.have.length(0);
    });

    it('keeps working, and says so once, when storage refuses', async () => {
      sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('full', 'QuotaExceededError'));
      const el = await builder();
      await edit(el, THREE_TIPS);
      expect(text($(el, '.status'))).to.match(/lader ikke byggeren gemme/);
      expect(form(el).draft).to.deep.equal(THREE_TIPS);
      await accessible(el);
    });

    it('starts over only after confirming in a dialog, and clears the draft', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      expect(localStorage.getItem(STORAGE_KEY)).to.not.equal(null);
      button(el, 'Start forfra').click();
      await settle(el);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      await accessible(el);
      button(el, 'Nej, behold kladden').click();
      expect(dialog.open).to.equal(false);
      expect(form(el).draft).to.deep.equal(THREE_TIPS);
      button(el, 'Start forfra').click();
      button(el, 'Ja, slet kladden').click();
      await settle(el);
      expect(dialog.open).to.equal(false);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      expect(form(el).draft).to.deep.equal(tipsDa.content);
      expect(text($(el, '.status'))).to.match(/^Kladden er slettet/);
    });
  });

  describe('language', () => {
    it('follows the page, and the switch changes it for the builder and the form', async () => {
      const el = await builder('en');
      expect(text($(el, 'h2'))).to.equal('1. Choose a widget');
      expect(form(el).lang).to.equal('en');
      await edit(el, { tips: [{ title: '', body: 'x' }] });
      expect(text($(el, '.summary button'))).to.equal(
        'Tip 1 › Title: must contain text tips[0].title',
      );
      const toggle = button(el, 'Dansk');
      expect(toggle.getAttribute('lang')).to.equal('da');
      toggle.click();
      await settle(el);
      expect(text($(el, 'h2'))).to.equal('1. Vælg widget');
      expect(form(el).lang).to.equal('da');
      expect(text($(el, '.summary button'))).to.equal(
        'Råd 1 › Titel: skal indeholde tekst tips[0].title',
      );
      expect($(el, '.base')!.getAttribute('lang')).to.equal('da');
      expect($(el, '.frame digi-tip-carousel')!.getAttribute('lang')).to.equal(
        'en',
        'the content stays in the language it was made in',
      );
      await accessible(el);
    });
  });

  describe('narrow screens', () => {
    it(`fits 320 px without scrolling sideways, the phone preview included${differently({
      WebKit:
        'MiniBrowser’s toolbar keeps the viewport at least 447 px wide: a 480 px viewport (one column, as at 320 px) with the builder held to a 320 px page’s width',
    })}`, async () => {
      const narrowest = engine === 'WebKit' ? 480 : 320;
      await setViewportSize(narrowest, 640);
      const el = await builder();
      expect(matchMedia('(min-width: 80rem)').matches, 'one column').to.equal(false);
      if (narrowest > 320) {
        // Where a 320 px viewport would leave it: the page's margins on both sides.
        const wrapper = el.parentElement!;
        wrapper.style.maxWidth = `${320 - 2 * wrapper.getBoundingClientRect().left}px`;
      }
      await choose(el, 'input[value="phone"]');
      await makeSnippet(el);
      const wide = [...shadow(el).querySelectorAll('*'), ...shadow(form(el)).querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > 320)
        .map((e) => `${e.localName}.${e.className}#${e.id} ${e.getBoundingClientRect().right}`);
      expect(wide).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(narrowest);
      for (const step of $$(el, '.step'))
        expect(step.getBoundingClientRect().right, text(step.querySelector('h2'))).to.be.at.most(
          320,
        );
      await accessible(el);
    });
  });
});
