// persist: answers kept in this browser and resumed; the storage helpers under it.
import {
  $,
  KEY,
  N,
  SIGNE,
  TORBEN,
  atLevels,
  button,
  cleanUp,
  clickThrough,
  headingText,
  quiz,
  quizAfterButton,
  quizDa,
  quizEn,
  radios,
  resultOf,
  step,
  stepHeading,
  text,
  walk,
} from './harness.js';
import { type DigiArchetypeQuiz } from '../../src/archetype-quiz/index.js';
import { captureConsoleErrors, deepActiveElement, recordEvents, settle } from '../helpers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  hashString,
  readStored,
  removeStored,
  writeStored,
} from '../../src/controllers/storage.js';
import sinon from 'sinon';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('<digi-archetype-quiz>', () => {
  describe('persist', () => {
    /** "Reloads" the page: removes the quiz and puts a new one with the same attributes in. */
    async function reload(el: DigiArchetypeQuiz): Promise<DigiArchetypeQuiz> {
      const parent = el.parentElement!;
      const copy = document.createElement('digi-archetype-quiz');
      for (const { name, value } of el.attributes) copy.setAttribute(name, value);
      el.remove();
      parent.append(copy);
      await copy.updateComplete;
      return copy;
    }

    it('resumes the position and the answers after a reload, without events', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [3, 1]);
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.be.a('string');

      const events = ['digi-quiz-start', 'digi-quiz-answer', 'digi-quiz-complete'].map((type) =>
        recordEvents(document, type),
      );
      const again = await reload(el);
      expect(step(again)).to.equal('question');
      expect(headingText(again)).to.equal(quizDa.questions[2]!.text);
      expect(radios(again)[2]!.checked).to.equal(true);
      expect(deepActiveElement() === stepHeading(again), 'focus stays').to.be.false;
      button(again, 'back-button').click();
      await again.updateComplete;
      expect(radios(again)[1]!.checked).to.equal(true);
      button(again, 'back-button').click();
      await again.updateComplete;
      expect(radios(again)[3]!.checked).to.equal(true);
      expect(events.map((list) => list.length)).to.deep.equal([0, 0, 0]);
    });

    it('resumes a result without firing digi-quiz-complete again', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, atLevels(4));
      const complete = recordEvents(document, 'digi-quiz-complete');
      const again = await reload(el);
      expect(step(again)).to.equal('result');
      expect(resultOf(again).current).to.equal(SIGNE.name);
      expect(complete).to.have.length(0);
    });

    it('Restart and reset() clear the saved answers', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, atLevels(2));
      button(el, 'restart-button').click();
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal(null);
      const again = await reload(el);
      expect(step(again)).to.equal('intro');

      await clickThrough(again, [0]);
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      again.reset();
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(step(await reload(again))).to.equal('intro');
    });

    it('keeps nothing without persist, and forgets when persist is turned off', async () => {
      const el = await quiz(html`<digi-archetype-quiz id="quiz"></digi-archetype-quiz>`);
      await clickThrough(el, [0, 1]);
      expect(localStorage.length).to.equal(0);
      el.persist = true;
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      el.persist = false;
      await el.updateComplete;
      expect(localStorage.length).to.equal(0);
    });

    it('uses the src as the key when there is no id', async () => {
      const el = await quiz(
        html`<digi-archetype-quiz
          persist
          src="/test/fixtures/quiz-weights.json"
        ></digi-archetype-quiz>`,
      );
      await waitUntil(() => step(el) === 'intro', 'content did not load');
      await clickThrough(el, [1]);
      expect(Object.keys(localStorage)).to.deep.equal([
        'digi-archetype-quiz:/test/fixtures/quiz-weights.json',
      ]);
    });

    it('keeps two different quizzes with neither id nor src apart', async () => {
      const shorter = structuredClone(quizDa);
      shorter.questions.pop();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <digi-archetype-quiz persist .content=${quizDa}></digi-archetype-quiz>
          <digi-archetype-quiz persist .content=${shorter}></digi-archetype-quiz>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('digi-archetype-quiz')];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      await clickThrough(first!, [1]);
      await clickThrough(second!, [0, 2]);
      const keys = Object.keys(localStorage).filter((k) => k.startsWith('digi-archetype-quiz:'));
      expect(keys.length).to.equal(2);
      expect(new Set(keys).size).to.equal(2);
    });

    it('ignores (and removes) saved answers when the quiz has changed since', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [1, 1, 1]);
      const changed = structuredClone(quizDa);
      changed.questions.pop();
      const parent = el.parentElement!;
      el.remove();
      const again = document.createElement('digi-archetype-quiz');
      again.id = 'quiz';
      again.persist = true;
      again.content = changed;
      parent.append(again);
      await again.updateComplete;
      expect(step(again)).to.equal('intro');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('keeps saved answers when only the language changed', async () => {
      const { el, wrapper } = await quizAfterButton({ persist: true });
      await clickThrough(el, [1, 1]);
      wrapper.lang = 'en';
      const again = await reload(el);
      await settle(again);
      expect(headingText(again)).to.equal(quizEn.questions[2]!.text);
      expect(text($(again, '[part="progress"]'))).to.equal(`Question 3 of ${N}`);
    });

    it('ignores saved data that does not fit the quiz', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [0, 0]);
      const { version } = JSON.parse(localStorage.getItem(KEY)!) as { version: string };
      const none = Array<null>(N).fill(null);
      const tampered = [
        { step: 99, answers: none },
        { step: 2, answers: [0, ...none.slice(1)] }, // question 2 unanswered
        { step: 1, answers: [7, ...none.slice(1)] }, // no option 8
        { step: 1, answers: [0.5, ...none.slice(1)] },
        { step: N, answers: [...Array<number>(N - 1).fill(0), null] }, // the last unanswered
        { step: 1, answers: [0] },
        { step: 'one', answers: none },
        null,
      ];
      let current = el;
      for (const value of tampered) {
        localStorage.setItem(KEY, JSON.stringify({ version, value }));
        current = await reload(current);
        expect(step(current), JSON.stringify(value)).to.equal('intro');
      }
      localStorage.setItem(KEY, '{not json');
      expect(step(await reload(current))).to.equal('intro');
      // The same data under the right version is resumed: the cases above failed on content.
      localStorage.setItem(
        KEY,
        JSON.stringify({ version, value: { step: 1, answers: [0, ...none.slice(1)] } }),
      );
      expect(step(await reload(document.querySelector<DigiArchetypeQuiz>('#quiz')!))).to.equal(
        'question',
      );
    });

    it('a storage that throws never breaks the quiz', async () => {
      const failure = () => new DOMException('denied', 'SecurityError');
      sinon.stub(Storage.prototype, 'getItem').throws(failure());
      sinon.stub(Storage.prototype, 'setItem').throws(failure());
      sinon.stub(Storage.prototype, 'removeItem').throws(failure());
      const logged = await captureConsoleErrors(async () => {
        const { el, wrapper } = await quizAfterButton({ persist: true });
        const complete = recordEvents(el, 'digi-quiz-complete');
        await walk(el, wrapper, atLevels(2));
        expect(resultOf(el).current).to.equal(TORBEN.name);
        expect(complete).to.have.length(1);
        button(el, 'restart-button').click();
        await el.updateComplete;
        expect(step(el)).to.equal('intro');
        const again = await reload(el);
        expect(step(again)).to.equal('intro');
      });
      expect(logged).to.have.length(0);
    });

    it('a full storage keeps the quiz going and never resumes an older position', async () => {
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [0]);
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      sinon
        .stub(Storage.prototype, 'setItem')
        .throws(new DOMException('full', 'QuotaExceededError'));
      radios(el)[1]!.click();
      await el.updateComplete;
      button(el, 'next-button').click();
      await el.updateComplete;
      expect(headingText(el)).to.equal(quizDa.questions[2]!.text);
      expect(localStorage.getItem(KEY)).to.equal(null);
      sinon.restore();
      expect(step(await reload(el))).to.equal('intro');
    });

    it('works when localStorage itself cannot be reached', async () => {
      sinon.stub(window, 'localStorage').get(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const { el } = await quizAfterButton({ persist: true });
      await clickThrough(el, [0, 1, 2]);
      expect(headingText(el)).to.equal(quizDa.questions[3]!.text);
    });
  });
});

describe('storage', () => {
  it('round-trips JSON under a version and drops other versions', () => {
    expect(writeStored('k', 'v1', { a: [1, null] })).to.equal(true);
    expect(readStored('k', 'v1')).to.deep.equal({ a: [1, null] });
    expect(readStored('k', 'v2')).to.equal(undefined);
    expect(localStorage.getItem('k')).to.equal(null);
    expect(readStored('never-saved', 'v1')).to.equal(undefined);
    localStorage.setItem('k', 'not json');
    expect(readStored('k', 'v1')).to.equal(undefined);
    localStorage.setItem('k', '42');
    expect(readStored('k', 'v1')).to.equal(undefined);
    expect(localStorage.getItem('k')).to.equal(null);
    removeStored('k');
  });

  it('never throws when storage does', () => {
    writeStored('k', 'v1', 1);
    sinon.stub(Storage.prototype, 'getItem').throws(new Error('no'));
    sinon.stub(Storage.prototype, 'setItem').throws(new Error('full'));
    expect(readStored('k', 'v1')).to.equal(undefined);
    expect(writeStored('k', 'v1', 2)).to.equal(false);
    expect(localStorage.length).to.equal(0); // the older value was removed
    sinon.stub(Storage.prototype, 'removeItem').throws(new Error('no'));
    expect(() => removeStored('k')).to.not.throw();
    expect(writeStored('k', 'v1', 3)).to.equal(false);
  });

  it('hashString is stable and tells inputs apart', () => {
    expect(hashString('abc')).to.equal(hashString('abc'));
    expect(hashString('abc')).to.not.equal(hashString('abd'));
    expect(hashString('')).to.match(/^[0-9a-z]+$/);
  });
});
