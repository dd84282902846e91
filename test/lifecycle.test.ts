// Lifecycle tests (issue 7, "Hostile hosts"): widgets moved in and out of the page many times leave
// no timer or request behind; a quickly changing `src` ends on the last one; a server that never
// answers gives the timeout message.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { DigiErrorEvent } from '../src/core/events.js';
import { SRC_TIMEOUT_MS } from '../src/core/load.js';
import type { DigiTipCarousel } from '../src/tip-carousel/index.js';
import { recordEvents, shadow } from './helpers.js';
import { expectEveryWidget } from './registry.js';

const CYCLES = 500;
const NEVER = '/test-src/never';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  name: string;
  tag: string;
  attributes: Record<string, string>;
  /** True when the element fetches its content (a pending `src`). */
  fetches: boolean;
}

const cases: Case[] = [
  {
    name: 'carousel with autoplay',
    tag: 'digi-tip-carousel',
    attributes: { autoplay: '' },
    fetches: false,
  },
  {
    name: 'carousel with autoplay and a pending src',
    tag: 'digi-tip-carousel',
    attributes: { autoplay: '', src: NEVER },
    fetches: true,
  },
  { name: 'quiz', tag: 'digi-archetype-quiz', attributes: {}, fetches: false },
  {
    name: 'quiz with a pending src',
    tag: 'digi-archetype-quiz',
    attributes: { src: NEVER },
    fetches: true,
  },
  {
    name: 'wheel with rotate',
    tag: 'digi-strategy-wheel',
    attributes: { rotate: '' },
    fetches: false,
  },
  {
    name: 'wheel with a pending src',
    tag: 'digi-strategy-wheel',
    attributes: { src: NEVER },
    fetches: true,
  },
];

/** One animation frame: not faked by the clock below, so it lets real work (fetch, imports) run. */
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Polls on animation frames (waitUntil polls with setTimeout, which the fake clock stops). */
async function until(condition: () => boolean, message: string, frames = 300): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (condition()) return;
    await frame();
  }
  throw new Error(`Timed out: ${message}`);
}

/** Lets microtasks (abort handlers, promise chains) run. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

function create(tag: string, attributes: Record<string, string>): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

const signalOf = (call: sinon.SinonSpyCall<Parameters<typeof fetch>>) =>
  call.args[1]?.signal ?? undefined;

describe('lifecycle', () => {
  it('goes through every widget of the registry', async () => {
    await expectEveryWidget(cases.map((c) => c.tag));
  });

  let clock: sinon.SinonFakeTimers | undefined;
  let host: HTMLElement;

  beforeEach(async () => {
    host = await fixture(html`<div></div>`);
  });

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  describe(`${CYCLES} connect/disconnect cycles`, () => {
    for (const { name, tag, attributes, fetches } of cases) {
      it(`${name}: no timer or request survives a detached element`, async () => {
        clock = sinon.useFakeTimers({
          toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
        });
        const fetchSpy = sinon.spy(window, 'fetch');
        sinon.stub(console, 'error');
        const el = create(tag, attributes);
        const survivors: number[] = [];
        const unaborted: number[] = [];
        const notReissued: number[] = [];
        for (let cycle = 0; cycle < CYCLES; cycle++) {
          const before = fetchSpy.callCount;
          host.append(el);
          await el.updateComplete;
          if (fetches) {
            // The loader chunk and the request start after the update; wait for the request.
            await until(() => fetchSpy.callCount > before, `request of cycle ${cycle}`);
            const signal = signalOf(fetchSpy.lastCall);
            if (fetchSpy.callCount !== before + 1 || signal?.aborted !== false)
              notReissued.push(cycle);
          }
          el.remove();
          await flush();
          if (clock.countTimers() !== 0) survivors.push(cycle);
          if (fetchSpy.getCalls().some((call) => signalOf(call)?.aborted !== true))
            unaborted.push(cycle);
          if (survivors.length || unaborted.length || notReissued.length) break;
        }
        expect(survivors, 'cycles leaving a timer behind').to.deep.equal([]);
        expect(unaborted, 'cycles leaving a request running').to.deep.equal([]);
        expect(notReissued, 'cycles not re-issuing the request').to.deep.equal([]);
        expect(fetchSpy.callCount).to.equal(fetches ? CYCLES : 0);
      });
    }

    it('autoplay turns tips while attached and stops while detached', async () => {
      clock = sinon.useFakeTimers({
        toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      });
      const el = document.createElement('digi-tip-carousel');
      el.autoplay = true;
      host.append(el);
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      clock.tick(10_000);
      expect(el.currentIndex).to.equal(1);
      el.remove();
      clock.tick(60_000);
      expect(el.currentIndex).to.equal(1);
      host.append(el);
      clock.tick(10_000);
      expect(el.currentIndex).to.equal(2);
      expect(clock.countTimers()).to.equal(1);
    });

    // Lit still runs the first update of an element removed before it; the request must wait
    // until the element is back in the page.
    it('an element detached in the same task it was attached in starts no request', async () => {
      clock = sinon.useFakeTimers({
        toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      });
      const fetchSpy = sinon.spy(window, 'fetch');
      const el = create('digi-tip-carousel', { src: NEVER });
      host.append(el);
      el.remove();
      await el.updateComplete;
      for (let i = 0; i < 10; i++) await frame();
      const running = fetchSpy.getCalls().filter((call) => signalOf(call)?.aborted !== true);
      const timers = clock.countTimers();
      expect([running.length, timers], '[requests, timers] still running').to.deep.equal([0, 0]);
    });

    // A signal already aborted when fetchJson starts never fires 'abort': it must be checked.
    it('an element detached before its request starts leaves none running', async () => {
      clock = sinon.useFakeTimers({
        toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      });
      const fetchSpy = sinon.spy(window, 'fetch');
      const el = document.createElement('digi-tip-carousel');
      el.src = NEVER;
      host.append(el);
      await el.updateComplete;
      // The next update asks for the loader; the request starts a microtask later. Leave during
      // that update, before the request starts (as a framework removing it on a re-render would).
      let removed = false;
      el.addController({
        hostUpdated: () => {
          if (removed) return;
          removed = true;
          el.remove();
        },
      });
      el.src = `${NEVER}?again`;
      await el.updateComplete;
      for (let i = 0; i < 10; i++) await frame();
      expect(removed).to.equal(true);
      const running = fetchSpy.getCalls().filter((call) => signalOf(call)?.aborted !== true);
      const timers = clock.countTimers();
      expect([running.length, timers], '[requests, timers] still running').to.deep.equal([0, 0]);
    });
  });

  describe('src', () => {
    it('changed ten times quickly: the last one wins and no digi-error fires', async () => {
      const el = await fixture<DigiTipCarousel>(html`<digi-tip-carousel></digi-tip-carousel>`);
      const errors = recordEvents<DigiErrorEvent>(el, 'digi-error');
      const url = (i: number) =>
        i % 3 === 0
          ? NEVER
          : `data:application/json,${encodeURIComponent(
              JSON.stringify({ tips: [{ title: `Tip ${i}`, body: `Body ${i}` }] }),
            )}`;
      for (let i = 0; i < 10; i++) {
        el.src = i === 9 ? url(8).replace('Tip%208', 'Tip%20last') : url(i);
        await el.updateComplete;
      }
      const title = () =>
        shadow(el).querySelector('[part~="slide"] [role="heading"]')?.textContent ?? '';
      await waitUntil(() => title() === 'Tip last', 'the last src is shown');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(title()).to.equal('Tip last');
      expect(shadow(el).querySelectorAll('.slide').length).to.equal(1);
      expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
    });

    it('a server that never answers gives the timeout message after 10 seconds', async () => {
      clock = sinon.useFakeTimers({
        toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
      });
      const fetchSpy = sinon.spy(window, 'fetch');
      const logged = sinon.stub(console, 'error');
      const el = create('digi-tip-carousel', { src: NEVER });
      const errors = recordEvents<DigiErrorEvent>(el, 'digi-error');
      host.append(el);
      await el.updateComplete;
      await until(() => fetchSpy.called, 'the request starts');
      const notice = () => shadow(el).querySelector('[part="notice"][role="alert"]');
      clock.tick(SRC_TIMEOUT_MS - 1);
      for (let i = 0; i < 5; i++) await frame();
      expect(notice() === null, 'no notice before 10 s').to.equal(true);
      expect(shadow(el).querySelector('[role="status"]')?.textContent ?? '').to.contain('Henter');
      clock.tick(1);
      await until(() => notice() !== null, 'the timeout notice');
      await el.updateComplete;
      expect(notice()!.textContent.replace(/\s+/g, ' ')).to.contain(
        `Filen ${NEVER} blev ikke hentet inden for 10 sekunder.`,
      );
      expect(errors.map((e) => e.detail.reason)).to.deep.equal(['timeout']);
      expect(logged.callCount).to.equal(1);
      expect(clock.countTimers()).to.equal(0);
    });
  });
});
