import { expect } from '@open-wc/testing';
import {
  contrastRatio,
  DARK_TEXT,
  GRAPHIC_CONTRAST,
  HEX_COLOR,
  LIGHT_TEXT,
  luminance,
  TEXT_CONTRAST,
  textColorOn,
} from '../../src/core/contrast.js';
import { PALETTE } from '../../src/strategy-wheel/index.js';

/** The hue of a `#rrggbb` colour in degrees (0–360). */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** Asserts that `actual` rounds to `expected` at `digits` decimals. */
function close(actual: number, expected: number, digits = 2): void {
  expect(actual.toFixed(digits)).to.equal(expected.toFixed(digits));
}

describe('contrast', () => {
  describe('thresholds', () => {
    it('are the WCAG 2.1 AA ones', () => {
      expect(GRAPHIC_CONTRAST).to.equal(3);
      expect(TEXT_CONTRAST).to.equal(4.5);
      expect(LIGHT_TEXT).to.equal('#ffffff');
      expect(DARK_TEXT).to.equal('#1a1a1a');
    });
  });

  describe('HEX_COLOR', () => {
    it('accepts #rgb and #rrggbb in any case, nothing else', () => {
      for (const ok of ['#fff', '#FFF', '#1a7f37', '#1A7F37', '#000000']) {
        expect(HEX_COLOR.test(ok), ok).to.equal(true);
      }
      for (const bad of ['fff', '#ff', '#ffff', '#12345', '#1234567', '#ggg', 'red', ' #fff', '']) {
        expect(HEX_COLOR.test(bad), bad).to.equal(false);
      }
    });
  });

  describe('luminance', () => {
    it('is 0 for black and 1 for white', () => {
      expect(luminance('#000000')).to.equal(0);
      expect(luminance('#ffffff')).to.equal(1);
    });

    it('follows the WCAG formula, linear below 0.04045 and a 2.4 power above', () => {
      // Pure primaries give their own coefficients.
      close(luminance('#ff0000'), 0.2126, 4);
      close(luminance('#00ff00'), 0.7152, 4);
      close(luminance('#0000ff'), 0.0722, 4);
      // 10/255 = 0.039 is on the linear part: 0.039 / 12.92.
      close(luminance('#0a0a0a'), 10 / 255 / 12.92, 6);
      // Mid grey #777777 is 0.184.
      close(luminance('#777777'), 0.184, 3);
    });

    it('reads #rgb as #rrggbb, in any case', () => {
      expect(luminance('#73c')).to.equal(luminance('#7733cc'));
      expect(luminance('#1A7F37')).to.equal(luminance('#1a7f37'));
    });

    it('throws on anything that is not a hex colour', () => {
      for (const bad of ['red', '#12345', 'rgb(0, 0, 0)', '']) {
        expect(() => luminance(bad), bad).to.throw(TypeError, 'Not a #rgb or #rrggbb colour');
      }
    });
  });

  describe('contrastRatio', () => {
    it('runs from 1 (the same colour) to 21 (black on white), in either order', () => {
      expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
      expect(contrastRatio('#ffffff', '#000')).to.equal(21);
      expect(contrastRatio('#1a7f37', '#1a7f37')).to.equal(1);
      expect(contrastRatio('#0059b3', '#ffffff')).to.equal(contrastRatio('#ffffff', '#0059b3'));
    });

    it('matches known values on each side of the thresholds', () => {
      close(contrastRatio('#767676', '#ffffff'), 4.54); // the lightest grey for text on white
      close(contrastRatio('#777777', '#ffffff'), 4.48); // just too light
      expect(contrastRatio('#949494', '#ffffff')).to.be.at.least(3); // lightest grey for graphics
      expect(contrastRatio('#959595', '#ffffff')).to.be.below(3);
      close(contrastRatio('#1a1a1a', '#ffffff'), 17.4, 1);
    });
  });

  describe('textColorOn', () => {
    it('picks white on dark fills and dark text on light ones', () => {
      expect(textColorOn('#000000')).to.equal(LIGHT_TEXT);
      expect(textColorOn('#0059b3')).to.equal(LIGHT_TEXT);
      expect(textColorOn('#ffffff')).to.equal(DARK_TEXT);
      expect(textColorOn('#ffff00')).to.equal(DARK_TEXT);
      expect(textColorOn('#1098ad')).to.equal(DARK_TEXT);
    });

    it('picks whichever has more contrast', () => {
      for (const fill of ['#777777', '#2f9e44', '#e8590c', '#6f42c1', '#c0c0c0', '#404040']) {
        const chosen = contrastRatio(fill, textColorOn(fill));
        const other = contrastRatio(fill, textColorOn(fill) === DARK_TEXT ? LIGHT_TEXT : DARK_TEXT);
        expect(chosen, fill).to.be.at.least(other);
      }
    });
  });

  describe('the wheel’s default palette', () => {
    it('has twelve distinct #rrggbb colours, one for each possible segment', () => {
      expect(PALETTE).to.have.length(12);
      expect(new Set(PALETTE.map((c) => c.toLowerCase())).size).to.equal(12);
      for (const colour of PALETTE) expect(/^#[0-9a-f]{6}$/.test(colour), colour).to.equal(true);
    });

    it('reaches 3:1 against white for every fill, and 4.5:1 for the number on it', () => {
      for (const fill of PALETTE) {
        expect(contrastRatio(fill, '#ffffff'), `${fill} on white`).to.be.at.least(GRAPHIC_CONTRAST);
        const number = textColorOn(fill);
        expect(number, `number on ${fill}`).to.equal(LIGHT_TEXT);
        expect(contrastRatio(fill, number), `number on ${fill}`).to.be.at.least(TEXT_CONTRAST);
      }
    });

    it('gives neighbours different hues, round the whole circle', () => {
      for (let i = 0; i < PALETTE.length; i++) {
        const [a, b] = [PALETTE[i]!, PALETTE[(i + 1) % PALETTE.length]!];
        const apart = Math.abs(((hue(a) - hue(b) + 540) % 360) - 180);
        expect(apart, `${a} and ${b}`).to.be.at.least(20);
      }
    });
  });
});
