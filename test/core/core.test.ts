import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import * as v from 'valibot';
import { defineElement } from '../../src/core/define.js';
import { format } from '../../src/core/format.js';
import { rovingIndex } from '../../src/core/keys.js';
import { inheritedLang, toSupportedLang } from '../../src/core/lang.js';
import { fetchJson, parseJson } from '../../src/core/load.js';
import { isSafeHref } from '../../src/core/url.js';
import {
  describeProblem,
  duplicateIds,
  link,
  list,
  text,
  validate,
} from '../../src/core/validate.js';

describe('core', () => {
  describe('isSafeHref', () => {
    it('accepts http, https and relative links', () => {
      for (const href of [
        'https://kommune.dk/a',
        'http://x.dk',
        '/intra/side',
        'side.html',
        '#top',
        '?q=1',
      ]) {
        expect(isSafeHref(href), href).to.equal(true);
      }
    });
    it('refuses other schemes, however disguised', () => {
      for (const href of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:x',
        'data:text/html,x',
        'vbscript:x',
        'file:///etc/passwd',
      ]) {
        expect(isSafeHref(href), href).to.equal(false);
      }
    });
  });

  describe('format', () => {
    it('fills placeholders and leaves unknown ones', () => {
      expect(format('{n} af {total}', { n: 3, total: 13 })).to.equal('3 af 13');
      expect(format('{n} og {x}', { n: 1 })).to.equal('1 og {x}');
    });
  });

  describe('rovingIndex', () => {
    it('moves, wraps, jumps to the ends and flips Left/Right in RTL', () => {
      expect(rovingIndex('ArrowRight', 0, 5)).to.equal(1);
      expect(rovingIndex('ArrowDown', 4, 5)).to.equal(0);
      expect(rovingIndex('ArrowLeft', 0, 5)).to.equal(4);
      expect(rovingIndex('ArrowUp', 2, 5)).to.equal(1);
      expect(rovingIndex('Home', 3, 5)).to.equal(0);
      expect(rovingIndex('End', 1, 5)).to.equal(4);
      expect(rovingIndex('ArrowLeft', 0, 5, true)).to.equal(1);
      expect(rovingIndex('ArrowRight', 0, 5, true)).to.equal(4);
      expect(rovingIndex('Enter', 0, 5)).to.equal(undefined);
      expect(rovingIndex('ArrowRight', 0, 0)).to.equal(undefined);
    });
  });

  describe('language', () => {
    it('maps tags to da or en', () => {
      expect(toSupportedLang('en-GB')).to.equal('en');
      expect(toSupportedLang('DA_dk')).to.equal('da');
      expect(toSupportedLang('de')).to.equal(undefined);
      expect(toSupportedLang(null)).to.equal(undefined);
    });
    it('finds the nearest non-empty lang, crossing shadow roots', async () => {
      const outer = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <p lang=""><span></span></p>
        </div>`,
      );
      expect(inheritedLang(outer.querySelector('span')!)).to.equal('en');
      const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<b></b>';
      expect(inheritedLang(root.querySelector('b')!)).to.equal('en');
    });
  });

  describe('defineElement', () => {
    it('registers once; the same class again is silent, another class warns once', () => {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      const warn = sinon.stub(console, 'warn');
      try {
        defineElement('digi-test-define', A);
        defineElement('digi-test-define', A);
        expect(warn.callCount).to.equal(0);
        expect(() => defineElement('digi-test-define', B)).to.not.throw();
        expect(warn.callCount).to.equal(1);
        expect(customElements.get('digi-test-define')).to.equal(A);
      } finally {
        warn.restore();
      }
    });
  });

  describe('validate', () => {
    const schema = v.object({
      items: list(v.object({ id: v.string(), title: text(), link: v.optional(link()) }), 1, 3),
    });

    it('names the path of every problem', () => {
      const result = validate(schema, {
        items: [
          { id: 'a', title: ' ' },
          { id: 'b', link: { href: 'javascript:x', text: 'x' } },
        ],
      });
      if (result.ok) throw new Error('the content should have been refused');
      expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
        'items[0].title text',
        'items[1].title missing',
        'items[1].link.href url',
      ]);
      expect(describeProblem(result.problems[0]!, 'en')).to.equal(
        'items[0].title: must contain text',
      );
      expect(describeProblem(result.problems[1]!, 'da')).to.equal('items[1].title: mangler');
      expect(describeProblem(result.problems[1]!, 'da', { 'v.missing': 'skal udfyldes' })).to.equal(
        'items[1].title: skal udfyldes',
      );
    });

    it('counts, root problems and extra checks', () => {
      const tooMany = validate(schema, {
        items: [1, 2, 3, 4].map((n) => ({ id: String(n), title: 't' })),
      });
      expect(!tooMany.ok && describeProblem(tooMany.problems[0]!, 'en')).to.equal(
        'items: must have at most 3',
      );
      const root = validate(schema, 'x');
      expect(!root.ok && describeProblem(root.problems[0]!, 'en')).to.equal(
        'The content: must be an object',
      );
      const dupes = validate(
        schema,
        {
          items: [
            { id: 'a', title: 't' },
            { id: 'a', title: 't' },
          ],
        },
        (d) => duplicateIds(d.items, 'items'),
      );
      expect(!dupes.ok && dupes.problems[0]).to.deep.equal({
        path: 'items[1].id',
        code: 'duplicate-id',
      });
      const fine = validate(schema, { items: [{ id: 'a', title: '  trimmed  ' }] });
      expect(fine.ok && fine.data.items[0]!.title).to.equal('trimmed');
    });
  });

  describe('loading JSON', () => {
    it('parses or explains', () => {
      expect(parseJson('{"a":1}')).to.deep.equal({ kind: 'ok', json: { a: 1 } });
      expect(parseJson('{').kind).to.equal('invalid-json');
    });
    it('tells HTTP errors, network errors and aborts apart', async () => {
      expect(
        await fetchJson('/test/fixtures/tips.json', new AbortController().signal),
      ).to.have.property('kind', 'ok');
      expect(
        await fetchJson('/test/fixtures/missing.json', new AbortController().signal),
      ).to.deep.equal({ kind: 'http', status: 404 });
      expect(
        await fetchJson('http://127.0.0.1:9/nothing', new AbortController().signal),
      ).to.deep.equal({ kind: 'network' });
      const abort = new AbortController();
      const pending = fetchJson('/test-src/never', abort.signal);
      abort.abort();
      expect(await pending).to.deep.equal({ kind: 'aborted' });
    });
    it('drops its timeout the moment it is aborted, before fetch rejects', async () => {
      // WebKit rejects an aborted fetch a task later; the timer must not wait for that.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const abort = new AbortController();
        const pending = fetchJson('/test-src/never', abort.signal);
        expect(clock.countTimers()).to.equal(1);
        abort.abort();
        expect(clock.countTimers()).to.equal(0);
        expect(await pending).to.deep.equal({ kind: 'aborted' });
      } finally {
        clock.restore();
      }
    });
  });
});
