// The builder's last step, where the widget goes: an HTML block (today's snippet), the SharePoint
// web part (the steps in its pane, in the pane's own words from src/sharepoint-pane.ts, and the
// content file for a document library) and an iframe (the code with a title, a suggested height
// and loading="lazy", the address from embedAddress(), and the optional host-script line). The
// content forms are the stand-ins of harness.ts: edits reach the shell as the forms' own events.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { da as builderDa } from '../../src/builder/embed-builder.da.js';
import type { DigiEmbedBuilder } from '../../src/builder/embed-builder.js';
import { en as builderEn } from '../../src/builder/embed-builder.en.js';
import { buildSnippet } from '../../src/builder/snippet.js';
import {
  iframeCode,
  paneSteps,
  resizeLine,
  toFolder,
  type FrameOptions,
} from '../../src/builder/targets.js';
import { da as targetsDa } from '../../src/builder/targets.da.js';
import { en as targetsEn } from '../../src/builder/targets.en.js';
import { embedAddress, parseEmbedAddress, suggestedHeight } from '../../src/embed/index.js';
import {
  headingChoices,
  languageChoices,
  paneStrings,
  sourceChoices,
  startChoices,
  TOOLBOX,
} from '../../src/sharepoint-pane.js';
import manifest from '../../integrations/sharepoint/src/webparts/digilederWidgets/DigilederWidgetsWebPart.manifest.json' with { type: 'json' };
import { settle } from '../helpers.js';
import {
  $,
  $$,
  accessible,
  builder,
  choose,
  edit,
  hasButton,
  press,
  recordDownloads,
  select,
  text,
  THREE_TIPS,
  type,
} from './harness.js';

/** Chooses where the widget goes, with a click on its radio button. */
const target = (el: DigiEmbedBuilder, value: string) =>
  choose(el, `input[name="target"][value="${value}"]`);

/** The widget's settings: named `label`, headings at level 3, its on/off setting on. */
async function settings(el: DigiEmbedBuilder, label: string): Promise<void> {
  await type(el, '#label', label);
  await select(el, '#heading-level', '3');
  await choose(el, 'input[name="flag"]');
}

const steps = (el: DigiEmbedBuilder) => $$(el, 'ol.pane-steps > li').map(text);

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  sinon.restore();
  localStorage.clear();
});

describe('step 6: where the widget goes', () => {
  describe('the choice', () => {
    it('is a radio group of three places, the HTML block first and chosen', async () => {
      const el = await builder();
      const radios = $$(el, 'input[name="target"]') as HTMLInputElement[];
      expect(radios.map((r) => text(r.closest('label')))).to.deep.equal([
        'I en HTML-blok på en side, der må indeholde et script',
        'I SharePoint Online med webdelen »Digitalt lederskab«',
        'I en iframe (til sider, der kun tager imod iframes, fx Umbraco og OS2web)',
      ]);
      expect(radios.map((r) => r.checked)).to.deep.equal([true, false, false]);
      expect(text(radios[0]!.closest('fieldset')!.querySelector('legend'))).to.equal(
        'Hvor skal widgetten stå?',
      );
      await accessible(el);
    });

    it('moves with the arrow keys, each place showing its own part', async () => {
      const el = await builder();
      $<HTMLInputElement>(el, 'input[name="target"][value="html"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect($<HTMLInputElement>(el, 'input[value="sharepoint"]')!.checked).to.equal(true);
      expect($(el, 'ol.pane-steps')).to.exist;
      expect($(el, '#base')).to.equal(null, 'the HTML block’s fields are gone');
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect($<HTMLInputElement>(el, 'input[value="iframe"]')!.checked).to.equal(true);
      expect($(el, '#frame-title')).to.exist;
      expect($(el, 'ol.pane-steps')).to.equal(null);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect($<HTMLInputElement>(el, 'input[value="html"]')!.checked).to.equal(true);
      expect($(el, '#base')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[value="html"]'));
    });

    it('is kept with the draft, and the builder opens on it again', async () => {
      const first = await builder();
      await target(first, 'iframe');
      first.remove();
      const again = await builder();
      expect($<HTMLInputElement>(again, 'input[value="iframe"]')!.checked).to.equal(true);
      expect($(again, '#frame-title')).to.exist;
    });
  });

  describe('an HTML block', () => {
    it('gives today’s snippet, with the reserving stylesheet linked', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await choose(el, 'input[name="mode"][value="src"]');
      await type(el, '#base', 'https://intra.example.dk/assets/digileder');
      await type(el, '#label', 'Ugens råd');
      await press(el, 'Lav koden');
      expect($<HTMLTextAreaElement>(el, '#snippet')!.value).to.equal(
        '<script type="module" src="https://intra.example.dk/assets/digileder/tip-carousel.js"></script>\n' +
          '<link rel="stylesheet" href="https://intra.example.dk/assets/digileder/digileder-widgets.css" />\n' +
          '<digi-tip-carousel lang="da" label="Ugens råd" src="https://intra.example.dk/assets/digileder/raad.json"></digi-tip-carousel>\n',
      );
      await choose(el, 'input[name="mode"][value="inline"]');
      expect($<HTMLTextAreaElement>(el, '#snippet')!.value).to.equal(
        buildSnippet({
          kind: 'tip-carousel',
          content: THREE_TIPS,
          lang: 'da',
          attributes: { label: 'Ugens råd' },
          base: 'https://intra.example.dk/assets/digileder/',
          mode: 'inline',
          jsonName: 'raad.json',
        }),
      );
      await accessible(el);
    });

    it('adds the heading level only when the editor chooses one', async () => {
      const el = await builder();
      await type(el, '#base', '/a/');
      await select(el, '#heading-level', '4');
      await press(el, 'Lav koden');
      expect($<HTMLTextAreaElement>(el, '#snippet')!.value).to.include(
        '<digi-tip-carousel lang="da" heading-level="4">',
      );
      const options = $$(el, '#heading-level option').map(text);
      expect(options).to.deep.equal(headingChoices(paneStrings('da')).map((c) => c.text));
    });
  });

  describe('the SharePoint web part', () => {
    it('names the toolbox title the web part’s manifest gives', () => {
      const [entry] = manifest.preconfiguredEntries;
      expect(entry!.title).to.deep.equal({ default: TOOLBOX.title.en, 'da-DK': TOOLBOX.title.da });
      expect(entry!.group).to.deep.equal({ default: TOOLBOX.group.en, 'da-DK': TOOLBOX.group.da });
      expect(entry!.description).to.deep.equal({
        default: TOOLBOX.description.en,
        'da-DK': TOOLBOX.description.da,
      });
    });

    it('lists what to choose in the pane for the built-in content, in the pane’s words', async () => {
      const el = await builder();
      await target(el, 'sharepoint');
      const p = paneStrings('da');
      expect(steps(el)).to.deep.equal([
        'Åbn siden, og vælg Rediger.',
        'Tilføj webdelen »Digitalt lederskab«. Du finder den under »Avanceret«.',
        'Vælg webdelen, og åbn dens egenskaber (blyanten).',
        `Under »${p.widgetLabel}« vælger du »${p.widgetNames['tip-carousel']}«.`,
        `Under »${p.sourceLabel}« vælger du »${sourceChoices(p)[0]!.text}«.`,
        `Under »${p.languageLabel}« vælger du »${languageChoices(p)[1]!.text}«.`,
        'Gem siden, og udgiv den igen.',
      ]);
      expect(text($(el, '[aria-labelledby="snippet-heading"]'))).to.include(
        targetsDa.builtinNoFile,
      );
      expect(hasButton(el, 'Hent JSON-filen')).to.equal(false, 'no file to download');
      await accessible(el);
    });

    it('gives the content as a file for a document library, and the address for the pane', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await target(el, 'sharepoint');
      await type(el, '#library', '/sites/intranet/Delte dokumenter');
      await settings(el, 'Ugens råd');
      const p = paneStrings('da');
      expect(steps(el)).to.deep.equal([
        'Hent JSON-filen raad.json med knappen nedenfor, og læg den i mappen /sites/intranet/Delte dokumenter/ i dokumentbiblioteket.',
        'Åbn siden, og vælg Rediger.',
        'Tilføj webdelen »Digitalt lederskab«. Du finder den under »Avanceret«.',
        'Vælg webdelen, og åbn dens egenskaber (blyanten).',
        `Under »${p.widgetLabel}« vælger du »${p.widgetNames['tip-carousel']}«.`,
        `Under »${p.sourceLabel}« vælger du »${p.sourceAddress}«.`,
        `I feltet »${p.addressLabel}« skriver du: /sites/intranet/Delte dokumenter/raad.json`,
        `Under »${p.languageLabel}« vælger du »${p.languageDa}«.`,
        `I feltet »${p.labelLabel}« skriver du »Ugens råd«.`,
        `Under »${p.headingLabel}« vælger du »Niveau 3«.`,
        `Sæt »${p.autoplayLabel}« til »${p.on}«.`,
        'Gem siden, og udgiv den igen.',
      ]);
      const { blobs, names } = recordDownloads();
      await press(el, 'Hent JSON-filen');
      expect(names).to.deep.equal(['raad.json']);
      expect(blobs[0]!.type).to.equal('application/json');
      expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(THREE_TIPS);
      await accessible(el);
    });

    it('says where the file may go when the folder is not an address, and gives no steps', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await target(el, 'sharepoint');
      expect(steps(el)[6]).to.equal(
        `I feltet »Filens adresse« skriver du: filens adresse, fx /sites/intranet/Delte dokumenter/raad.json`,
      );
      await type(el, '#library', 'Delte dokumenter');
      expect($(el, '#library')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#library-error'))).to.equal(targetsDa.spFolderInvalid);
      expect(steps(el)).to.deep.equal([]);
      expect(text($(el, '#blocked'))).to.include('Ret først felterne med fejl ovenfor');
      await accessible(el);
    });

    it('names each widget’s own setting as the pane does', async () => {
      const el = await builder();
      const p = paneStrings('da');
      await target(el, 'sharepoint');
      for (const [kind, label] of [
        ['archetype-quiz', p.persistLabel],
        ['strategy-wheel', p.rotateLabel],
      ] as const) {
        await choose(el, `input[name="kind"][value="${kind}"]`);
        await choose(el, 'input[name="flag"]');
        expect(steps(el)).to.include(`Sæt »${label}« til »Til«.`);
        expect(steps(el)).to.include(
          `Under »${p.widgetLabel}« vælger du »${p.widgetNames[kind]}«.`,
        );
        await accessible(el);
      }
    });

    it('writes the steps in English, with the pane’s English words', async () => {
      const el = await builder('en');
      await edit(el, THREE_TIPS);
      await target(el, 'sharepoint');
      const p = paneStrings('en');
      expect(text($(el, 'input[value="sharepoint"]')!.closest('label'))).to.equal(
        'In SharePoint Online, with the “Digital leadership” web part',
      );
      expect(steps(el)).to.include(
        'Add the “Digital leadership” web part. You find it under “Advanced”.',
      );
      expect(steps(el)).to.include(`Under “${p.sourceLabel}”, choose “${p.sourceAddress}”.`);
      expect(steps(el)).to.include(`Under “${p.languageLabel}”, choose “${p.languageEn}”.`);
      expect(steps(el)).to.include(
        `In the field “${p.addressLabel}”, type: the file's address, e.g. /sites/intranet/Shared Documents/raad.json`,
      );
      await accessible(el);
    });
  });

  describe('an iframe', () => {
    const page = new URL('../embed/', location.href).href;

    it('refuses to give code without a title, saying why, next to the field too', async () => {
      const el = await builder();
      await target(el, 'iframe');
      expect($<HTMLInputElement>(el, '#frame-title')!.required).to.equal(true);
      await press(el, 'Lav koden');
      expect($(el, '#frame-code')).to.equal(null);
      expect(hasButton(el, 'Kopiér koden')).to.equal(false);
      const blocked = $(el, '#blocked')!;
      expect(blocked.getAttribute('role')).to.equal('alert');
      expect(text(blocked)).to.include(targetsDa.frameTitleMissing);
      expect(el.shadowRoot!.activeElement).to.equal(blocked);
      expect($(el, '#frame-title')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#frame-title-error'))).to.equal(targetsDa.frameTitleMissing);
      await accessible(el);
      await type(el, '#frame-title', '   ');
      expect($(el, '#frame-code')).to.equal(null, 'spaces are no title');
    });

    it('gives the code with the title, the embed page’s address, a height and lazy loading', async () => {
      const el = await builder();
      await target(el, 'iframe');
      await type(el, '#frame-title', 'Råd om "digitalt" lederskab');
      await press(el, 'Lav koden');
      const src = embedAddress({ page, widget: 'tip-carousel', lang: 'da' });
      const code = $<HTMLTextAreaElement>(el, '#frame-code')!.value;
      expect(code).to.equal(
        [
          '<iframe',
          '  title="Råd om &quot;digitalt&quot; lederskab"',
          `  src="${src.replace(/&/g, '&amp;')}"`,
          '  width="100%"',
          `  height="${suggestedHeight('tip-carousel', 320)}"`,
          '  loading="lazy"',
          '></iframe>',
          '',
        ].join('\n'),
      );
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#frame-code'));
      const frame = new DOMParser()
        .parseFromString(`<!doctype html><body>${code}`, 'text/html')
        .querySelector('iframe')!;
      expect(frame.title).to.equal('Råd om "digitalt" lederskab');
      expect(parseEmbedAddress(new URL(frame.src).search).kind).to.equal('widget');
      expect($<HTMLTextAreaElement>(el, '#resize-line')!.value).to.equal(
        `<script src="${page}resize.js" defer></script>\n`,
      );
      expect(text($(el, '#resize-line-hint'))).to.equal(targetsDa.scriptHint);
      expect(hasButton(el, 'Hent JSON-filen')).to.equal(false, 'built-in content: no file');
      await accessible(el);
    });

    it('suggests the height for the narrowest width the frame gets', async () => {
      const el = await builder();
      await target(el, 'iframe');
      await type(el, '#frame-title', 'Råd');
      await press(el, 'Lav koden');
      expect(
        $$(el, '#frame-width option').map((o) => (o as HTMLOptionElement).value),
      ).to.deep.equal(['320', '480', '768', '1024']);
      expect(text($(el, '#frame-width option'))).to.equal('Mindst 320 px bred (højde 650 px)');
      await select(el, '#frame-width', '768');
      expect($<HTMLTextAreaElement>(el, '#frame-code')!.value).to.include(
        `height="${suggestedHeight('tip-carousel', 768)}"`,
      );
      await choose(el, 'input[name="kind"][value="archetype-quiz"]');
      expect($<HTMLTextAreaElement>(el, '#frame-code')).to.equal(null, 'the quiz has no title');
      await type(el, '#frame-title', 'Selvtest');
      expect($<HTMLTextAreaElement>(el, '#frame-code')!.value).to.include(
        `height="${suggestedHeight('archetype-quiz', 768)}"`,
      );
    });

    it('carries the settings and the content file into the address, and copies', async () => {
      const el = await builder();
      await edit(el, THREE_TIPS);
      await target(el, 'iframe');
      await type(el, '#frame-title', 'Ugens råd');
      await type(el, '#embed-base', 'https://www.example.dk/embed');
      await type(el, '#json', 'ugens-raad.json');
      await settings(el, 'Ugens råd & tips');
      await press(el, 'Lav koden');
      const code = $<HTMLTextAreaElement>(el, '#frame-code')!.value;
      const src = embedAddress({
        page: 'https://www.example.dk/embed/',
        widget: 'tip-carousel',
        lang: 'da',
        src: 'ugens-raad.json',
        settings: { autoplay: true, label: 'Ugens råd & tips', 'heading-level': '3' },
      });
      expect(code).to.include(`  src="${src.replace(/&/g, '&amp;')}"`);
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      await press(el, 'Kopiér koden');
      expect(write.args).to.deep.equal([[code]]);
      expect($$(el, '[role="status"]').map(text)).to.include(targetsDa.frameCopied);
      const { blobs, names } = recordDownloads();
      await press(el, 'Hent JSON-filen');
      expect(names).to.deep.equal(['ugens-raad.json']);
      expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(THREE_TIPS);
      await accessible(el);
    });

    it('refuses a name too long for the address, and content with problems', async () => {
      const el = await builder();
      await target(el, 'iframe');
      await type(el, '#frame-title', 'Råd');
      await type(el, '#label', 'x'.repeat(101));
      await press(el, 'Lav koden');
      expect($(el, '#frame-code')).to.equal(null);
      expect(text($(el, '#blocked'))).to.include('højst have 100 tegn');
      await type(el, '#label', '');
      expect($(el, '#frame-code')).to.exist;
      await edit(el, { tips: [] });
      expect($(el, '#frame-code')).to.equal(null);
      expect(text($(el, '#blocked'))).to.include('Indholdet har fejl');
      await accessible(el);
    });

    it('speaks English', async () => {
      const el = await builder('en');
      await target(el, 'iframe');
      expect(text($(el, 'label[for="frame-title"]'))).to.equal("The frame's title");
      await press(el, 'Make the code');
      expect(text($(el, '#blocked'))).to.include(targetsEn.frameTitleMissing);
      await type(el, '#frame-title', 'Tips');
      expect($<HTMLTextAreaElement>(el, '#frame-code')!.value).to.include('lang=en');
      expect(text($(el, 'label[for="resize-line"]'))).to.equal(targetsEn.scriptLabel);
      await accessible(el);
    });
  });
});

describe('targets.ts', () => {
  const options: FrameOptions = {
    kind: 'strategy-wheel',
    lang: 'en',
    label: '',
    flag: 'rotate',
    flagOn: false,
    headingLevel: 0,
    page: '/embed/',
    title: 'Strategy',
    width: '1024',
  };

  it('makes iframe code only with a title and a name that fits the address', () => {
    expect(iframeCode({ ...options, title: ' ' })).to.deep.equal({ problem: 'title' });
    expect(iframeCode({ ...options, label: 'x'.repeat(101) })).to.deep.equal({ problem: 'label' });
    expect(iframeCode({ ...options, flagOn: true })).to.deep.equal({
      code:
        '<iframe\n  title="Strategy"\n  src="/embed/?widget=strategy-wheel&amp;lang=en&amp;rotate"\n' +
        `  width="100%"\n  height="${suggestedHeight('strategy-wheel', 1024)}"\n  loading="lazy"\n></iframe>\n`,
    });
    expect(resizeLine('/e"/')).to.equal('<script src="/e&quot;/resize.js" defer></script>\n');
  });

  it('reads a SharePoint folder: http(s) or from /, spaces allowed', () => {
    expect(toFolder(' /sites/a/Delte dokumenter ')).to.equal('/sites/a/Delte dokumenter/');
    expect(toFolder('https://k.sharepoint.com/sites/a/')).to.equal(
      'https://k.sharepoint.com/sites/a/',
    );
    for (const bad of ['Delte dokumenter', 'javascript:x', '/a"b', '/a\nb', '//evil.example/', ''])
      expect(toFolder(bad), bad).to.equal(undefined);
  });

  it('writes the pane steps from the pane’s strings in both languages', () => {
    for (const [lang, t] of [
      ['da', targetsDa],
      ['en', targetsEn],
    ] as const) {
      const p = paneStrings(lang);
      const made = paneSteps(
        {
          kind: 'strategy-wheel',
          lang: 'en',
          label: '',
          flag: 'rotate',
          flagOn: false,
          headingLevel: 0,
          uiLang: lang,
        },
        t,
      );
      expect(made).to.have.length(7);
      expect(made.join(' ')).to.include(p.widgetNames['strategy-wheel']);
      expect(made.join(' ')).to.include(p.languageEn);
      expect(made.join(' ')).to.include(TOOLBOX.title[lang]);
    }
    // The values the web part saves: the pane's choices never change their keys.
    const p = paneStrings('da');
    expect(sourceChoices(p).map((c) => c.key)).to.deep.equal(['builtin', 'address', 'pasted']);
    expect(languageChoices(p).map((c) => c.key)).to.deep.equal(['page', 'da', 'en']);
    expect(startChoices(p).map((c) => c.text)).to.deep.equal([
      'Det første',
      'Dagens råd (et nyt hver dag)',
      'Et bestemt råd',
    ]);
    expect(headingChoices(paneStrings('en')).map((c) => [c.key, c.text])).to.deep.equal([
      [0, "The widget's own level"],
      [2, 'Level 2'],
      [3, 'Level 3'],
      [4, 'Level 4'],
      [5, 'Level 5'],
      [6, 'Level 6'],
    ]);
    expect(builderDa.targets).to.equal(targetsDa);
    expect(builderEn.targets).to.equal(targetsEn);
  });
});
