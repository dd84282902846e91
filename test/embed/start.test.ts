// startEmbed's refusals that need a configuration file, on a plain page in a frame (nothing is
// rendered there but the page's own message; the allowed case runs in test/e2e/embed.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { HEIGHT_MESSAGE, type EmbedHeightMessage } from '../../src/embed/embed-height.js';
import { startEmbed, type EmbedPageOptions } from '../../src/embed/embed-page.js';

const PAGE = 'https://www.kommune.dk/digileder/embed/';
const FOREIGN = 'https://filer.example/raad.json';

describe('startEmbed', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let root: HTMLElement;
  let errors: sinon.SinonStub;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.title = 'Embed';
    frame.src = '/test/fixtures/embed/blank.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await loaded;
    doc = frame.contentDocument!;
    root = doc.createElement('div');
    doc.body.append(root);
    errors = sinon.stub(console, 'error');
  });
  afterEach(() => {
    errors.restore();
    frame.remove();
  });

  const start = (search: string, options: Partial<EmbedPageOptions> = {}) =>
    startEmbed(doc, root, { href: `${PAGE}${search}`, ...options });
  const items = () => [...root.querySelectorAll('li')].map((li) => li.textContent);

  it('reads the configuration beside the page for a src elsewhere, and refuses it when absent', async () => {
    const read: string[] = [];
    const outcome = await start(`?widget=tip-carousel&src=${FOREIGN}`, {
      readConfig: (url) => {
        read.push(url);
        return Promise.resolve(undefined);
      },
    });
    expect(outcome).to.deep.equal({
      kind: 'refused',
      reasons: [{ code: 'src', reason: 'foreign' }],
    });
    expect(read).to.deep.equal(['https://www.kommune.dk/digileder/embed/embed.config.json']);
    expect(items()).to.deep.equal([
      'src peger på et andet domæne. Indhold må kun hentes fra https://www.kommune.dk og fra de domæner, som it-afdelingen har skrevet i embed.config.json.',
    ]);
    expect(doc.title).to.equal('Widgetten kan ikke vises');
    // A page of its own: the message is its main landmark.
    expect(root.firstElementChild!.localName).to.equal('main');
    expect(errors.callCount).to.equal(1);
  });

  it('refuses a src an allowed list does not name', async () => {
    const outcome = await start(`?widget=tip-carousel&src=${FOREIGN}`, {
      readConfig: () => Promise.resolve({ allowedOrigins: ['https://andre-filer.example'] }),
    });
    expect(outcome).to.deep.equal({
      kind: 'refused',
      reasons: [{ code: 'src', reason: 'foreign' }],
    });
  });

  it('refuses, in English, when the configuration cannot be read', async () => {
    const outcome = await start(`?widget=strategy-wheel&lang=en&src=${FOREIGN}`, {
      readConfig: () => Promise.reject(new SyntaxError('Unexpected token')),
    });
    expect(outcome).to.deep.equal({
      kind: 'refused',
      reasons: [{ code: 'config', path: undefined }],
    });
    expect(items()).to.deep.equal([
      'The settings file embed.config.json cannot be used, so content from other domains is turned off. Contact your IT department.',
    ]);
    // Nothing the editor can correct in the address: no advice about it.
    expect(root.querySelector('[role="alert"] > p')).to.equal(null);
    expect(doc.documentElement.lang).to.equal('en');
  });

  it('names the field at fault in a configuration with a mistake', async () => {
    await start(`?widget=archetype-quiz&src=${FOREIGN}`, {
      readConfig: () => Promise.resolve({ allowedOrigin: ['https://filer.example'] }),
    });
    expect(items()).to.deep.equal([
      'Indstillingsfilen embed.config.json kan ikke bruges (fejl ved allowedOrigin), så indhold fra andre domæner er slået fra. Kontakt it-afdelingen.',
    ]);
  });

  it('never reads the configuration for a src on its own origin or a refused address', async () => {
    const read = sinon.spy(() => Promise.resolve(undefined));
    await start('?widget=tip-carousel&src=https://user@filer.example/x.json', { readConfig: read });
    await start('?widget=tip-carousel&src=javascript:alert(1)', { readConfig: read });
    await start(`?widget=nothing&src=${FOREIGN}`, { readConfig: read });
    expect(read.callCount).to.equal(0);
  });

  it('posts its height to the parent it is given, once shown', async () => {
    const posted: [unknown, string][] = [];
    const parent = {
      postMessage: (message: unknown, origin: string) => posted.push([message, origin]),
    };
    await start('?id=help-1', { parent });
    await waitUntil(() => posted.length > 0, 'nothing posted');
    const message = posted[0]![0] as EmbedHeightMessage;
    expect(posted[0]![1]).to.equal('*');
    expect(message).to.deep.equal({
      type: HEIGHT_MESSAGE,
      height: Math.ceil(root.getBoundingClientRect().height),
      id: 'help-1',
      widget: null,
    });
    expect(message.height).to.be.greaterThan(50);
    // In a frame, the host page has the main landmark.
    expect(root.querySelector('main')).to.equal(null);
  });
});
