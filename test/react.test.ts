import { expect, waitUntil } from '@open-wc/testing';
// React 18 is CommonJS: the browser gets it converted (see web-test-runner.config.mjs), with its
// `module.exports` as the default export.
import React from 'react';
import ReactDOM from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import sinon from 'sinon';
import type { DigiTipChangeEvent } from '../src/tip-carousel/index.js';
import * as wrappers from '../src/react.js';
import { StrategyWheel, TipCarousel } from '../src/react.js';
import { captureConsoleErrors, shadow } from './helpers.js';
import { readRegistry, type RegistryEntry } from './registry.js';

// The React 18 wrappers from `@digileder/widgets/react`, rendered by react-dom 18 in Chromium.
let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  ReactDOM.flushSync(() => root.unmount());
  host.remove();
  sinon.restore();
});

const tips = {
  tips: [
    { title: 'First', body: 'One' },
    { title: 'Second', body: 'Two' },
  ],
};

describe('React 18 wrappers (@digileder/widgets/react)', () => {
  let registry: readonly RegistryEntry[];
  before(async () => {
    registry = await readRegistry();
  });

  it('has one wrapper for each widget of the registry, named by its reactName', () => {
    expect(Object.keys(wrappers).sort()).to.deep.equal(registry.map((w) => w.reactName).sort());
  });

  it('registers the elements and renders each widget', async () => {
    const wrapper = (name: string): React.ElementType => {
      if (!Object.hasOwn(wrappers, name)) throw new Error(`src/react.ts exports no ${name}`);
      return wrappers[name as keyof typeof wrappers] as React.ElementType;
    };
    ReactDOM.flushSync(() =>
      root.render(registry.map((w) => React.createElement(wrapper(w.reactName), { key: w.tag }))),
    );
    for (const { tag, className } of registry) {
      const el = host.querySelector(tag)!;
      expect(el, tag).to.be.instanceOf(customElements.get(tag)!);
      expect(customElements.get(tag)!.name, tag).to.equal(className);
      await waitUntil(() => el.shadowRoot?.childElementCount, `<${tag}> rendered`);
    }
  });

  it('passes props as properties: booleans, the language and content objects', async () => {
    ReactDOM.flushSync(() =>
      root.render(React.createElement(TipCarousel, { autoplay: true, lang: 'en', content: tips })),
    );
    const el = host.querySelector('digi-tip-carousel')!;
    await el.updateComplete;
    expect(el.autoplay).to.equal(true);
    expect(el.hasAttribute('autoplay')).to.equal(true);
    expect(el.lang).to.equal('en');
    expect(el.content).to.equal(tips);
    const roleDescription = () =>
      shadow(el).querySelector('[aria-roledescription]')?.getAttribute('aria-roledescription');
    await waitUntil(() => roleDescription() === 'carousel', 'English carousel rendered');
    expect(shadow(el).querySelectorAll('[role="tab"]')).to.have.length(2);
  });

  it('calls onDigiTipChange exactly once when the reader presses next', async () => {
    const onDigiTipChange = sinon.spy((event: DigiTipChangeEvent) => event.detail.index);
    const onDigiError = sinon.spy();
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(TipCarousel, { content: tips, onDigiTipChange, onDigiError }),
      ),
    );
    const el = host.querySelector('digi-tip-carousel')!;
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
    await el.updateComplete;
    expect(onDigiTipChange.callCount).to.equal(1);
    expect(onDigiTipChange.firstCall.args[0].detail.index).to.equal(1);
    expect(onDigiTipChange.firstCall.args[0].detail.tip.title).to.equal('Second');
    expect(onDigiError.callCount).to.equal(0);
  });

  it('moves the listener when the handler changes, and removes it on unmount', async () => {
    const first = sinon.spy();
    const second = sinon.spy();
    ReactDOM.flushSync(() =>
      root.render(React.createElement(TipCarousel, { content: tips, onDigiTipChange: first })),
    );
    ReactDOM.flushSync(() =>
      root.render(React.createElement(TipCarousel, { content: tips, onDigiTipChange: second })),
    );
    const el = host.querySelector('digi-tip-carousel')!;
    await el.updateComplete;
    const next = shadow(el).querySelector<HTMLButtonElement>('[part="next-button"]')!;
    next.click();
    expect([first.callCount, second.callCount]).to.deep.equal([0, 1]);
    ReactDOM.flushSync(() => root.render(React.createElement(TipCarousel, { content: tips })));
    next.click();
    expect(second.callCount).to.equal(1);
  });

  it('reports refused content through onDigiError', async () => {
    const onDigiError = sinon.spy();
    const logged = await captureConsoleErrors(async () => {
      ReactDOM.flushSync(() =>
        root.render(
          React.createElement(StrategyWheel, { content: { nope: true } as never, onDigiError }),
        ),
      );
      await waitUntil(() => onDigiError.callCount > 0, 'digi-error reached the React prop');
    });
    expect(onDigiError.callCount).to.equal(1);
    expect(logged).to.have.length(1);
  });
});
