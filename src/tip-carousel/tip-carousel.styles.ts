import { css } from 'lit';

export const tipCarouselStyles = css`
  /* The card fills any min-height the page gives the element. With the built-in tips it is at
     least as tall as digileder-widgets.css reserves before the script runs (tip-carousel.reserve.css),
     so upgrading never moves the page. */
  .base {
    display: flex;
    flex-direction: column;
    min-height: inherit;
  }

  .carousel {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--digi-tip-carousel-padding, var(--_space));
    border: var(--digi-tip-carousel-border, 1px solid #d0d5db);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* With the built-in tips (only they have a credit line), and while content or a language
     loads, exactly the height digileder-widgets.css reserves before the script runs
     (tip-carousel.reserve.css; test/tip-carousel/reserve.test.ts holds the two together). */
  .carousel:has(> .credit),
  .loading {
    min-height: clamp(23em, 50em - 61vw, 38em);
  }

  :host([autoplay]) :is(.carousel:has(> .credit), .loading) {
    min-height: max(clamp(23em, 50em - 61vw, 38em), 62em - 103vw);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .nav {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-inline-start: auto;
  }

  .position {
    min-width: 4.5em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: center;
  }

  /* The chevron points left; next points right, and in RTL the two swap (scale and transform
     add up, so the next chevron turns back). */
  .next .chevron {
    transform: scaleX(-1);
  }

  .chevron:dir(rtl) {
    scale: -1 1;
  }

  /* Only the current slide is laid out. The area keeps the height of the tallest tip, measured
     once in a hidden probe (core/tallest.ts), so nothing moves between tips. */
  .slides {
    position: relative;
    display: grid;
    flex: 1;
    touch-action: pan-y;
  }

  .slide {
    grid-area: 1 / 1;
    max-width: var(--_measure);
  }

  .probe {
    position: absolute;
    display: grid;
    width: 100%;
    visibility: hidden;
  }

  .title {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .body {
    margin: 0 0 0.75rem;
  }

  /* A line of its own: the whole 24 px line is the target (WCAG 2.5.8), not the 17 px glyphs. */
  .link {
    display: inline-block;
    color: var(--_accent);
    font-weight: 600;
  }

  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem;
  }

  /* A 24 px target around a 12 px dot. */
  /* Flex, not grid: as 13 grids the dots cost the browser about 60 kB more a carousel. */
  .dot {
    display: flex;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    cursor: pointer;
  }

  .dot::before {
    content: '';
    margin: auto;
    width: 0.75rem;
    height: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
  }

  .dot[aria-selected='true']::before {
    border-color: var(--_accent);
    background: var(--_accent);
  }

  .dot:hover::before {
    border-color: var(--_accent);
  }

  .dot:focus-visible {
    outline-offset: 0;
  }

  /* Forced colours keep the card's border; the current dot needs a system colour. */
  @media (forced-colors: active) {
    .dot[aria-selected='true']::before {
      border-color: Highlight;
      background: Highlight;
    }
  }
`;
