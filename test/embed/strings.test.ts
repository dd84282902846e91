import { expect } from '@open-wc/testing';
import { EMBED_PARAMETERS, type ParameterKind } from '../../src/embed/embed-params.js';
import { embedStrings, type RefusalReason } from '../../src/embed/embed-strings.js';

const context = { origin: 'https://www.kommune.dk', widgets: 'a, b' };
const kinds = [
  ...new Set(Object.values(EMBED_PARAMETERS).flatMap((p) => Object.values(p))),
] as ParameterKind[];

/** Every reason the page can give, one of each kind. */
const reasons: RefusalReason[] = [
  { code: 'missing-widget' },
  { code: 'unknown-widget' },
  { code: 'unknown-parameter' },
  { code: 'not-for-widget', name: 'autoplay', widget: 'archetype-quiz' },
  { code: 'repeated', name: 'src' },
  { code: 'invalid-lang' },
  { code: 'invalid-id' },
  { code: 'invalid-src' },
  ...kinds.map((kind): RefusalReason => ({ code: 'invalid-value', name: 'x', kind })),
  { code: 'src', reason: 'foreign' },
  { code: 'src', reason: 'credentials' },
  { code: 'src', reason: 'scheme' },
  { code: 'src', reason: 'malformed' },
  { code: 'config', path: 'allowedOrigins[2]' },
  { code: 'config', path: undefined },
  { code: 'load' },
];

describe('embed page strings', () => {
  it('give every reason a sentence of its own in Danish and in English', () => {
    for (const lang of ['da', 'en'] as const) {
      const sentences = reasons.map((r) => embedStrings(lang).problem(r, context));
      for (const [i, sentence] of sentences.entries()) {
        expect(sentence, JSON.stringify(reasons[i])).to.match(/^\S.*[.)]$/);
        expect(sentence).not.to.match(/undefined|null|\{|\}/);
      }
      // Two ways of getting src wrong that read the same are one: scheme and malformed.
      expect(new Set(sentences).size).to.equal(sentences.length - 1);
    }
  });

  it('say a value’s form with the parameter’s name', () => {
    expect(
      embedStrings('da').problem(
        { code: 'invalid-value', name: 'interval', kind: 'seconds' },
        context,
      ),
    ).to.equal('interval skal være et antal sekunder, fx interval=15.');
    expect(
      embedStrings('en').problem({ code: 'invalid-value', name: 'start', kind: 'start' }, context),
    ).to.equal('start must be the number of a tip (from 1) or start=today.');
  });
});
