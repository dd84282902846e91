import { expect } from '@open-wc/testing';
import { EMBED_WIDGETS } from '../../src/embed/embed-params.js';
import { SUGGESTED_HEIGHTS, suggestedHeight } from '../../src/embed/embed-heights.js';

describe('suggested embed heights', () => {
  it('has bands for every widget, from 320 px, narrowest first', () => {
    expect(Object.keys(SUGGESTED_HEIGHTS)).to.deep.equal([...EMBED_WIDGETS]);
    for (const bands of Object.values(SUGGESTED_HEIGHTS)) {
      expect(bands[0]!.minWidth).to.equal(320);
      const widths = bands.map((b) => b.minWidth);
      expect(widths).to.deep.equal([...widths].sort((a, b) => a - b));
    }
  });

  it('gives the band a width falls in, the narrowest below 320 px and by default', () => {
    expect(suggestedHeight('archetype-quiz')).to.equal(1040);
    expect(suggestedHeight('archetype-quiz', 200)).to.equal(1040);
    expect(suggestedHeight('archetype-quiz', 479)).to.equal(1040);
    expect(suggestedHeight('archetype-quiz', 480)).to.equal(920);
    expect(suggestedHeight('archetype-quiz', 1023)).to.equal(600);
    expect(suggestedHeight('archetype-quiz', 1024)).to.equal(520);
    expect(suggestedHeight('tip-carousel', 4000)).to.equal(420);
    expect(suggestedHeight('strategy-wheel', 767)).to.equal(1130);
    expect(suggestedHeight('strategy-wheel', 768)).to.equal(760);
  });
});
