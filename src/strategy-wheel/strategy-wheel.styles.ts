import { css } from 'lit';

export const strategyWheelStyles = css`
  /* The least height fits the built-in themes at every width of its step and matches the element's
     reserve rule (strategy-wheel.reserve.css), so the page does not move when the wheel upgrades. */
  .layout {
    --_size: var(--digi-strategy-wheel-size, 24rem);
    --_duration: var(--digi-strategy-wheel-duration, 0.5s);
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 1.5);
    min-height: 44rem;
  }

  @container (max-width: 40rem) {
    .layout {
      min-height: 66rem;
    }
  }

  /* Wheel beside the panel when the element is wide, above it when narrow. */
  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
  }

  .figure {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    min-width: 0;
  }

  /* A square box reserves the wheel's space before and while it draws. */
  .wheel {
    position: relative;
    width: min(100%, var(--_size));
    aspect-ratio: 1;
    container-type: inline-size;
  }

  [part='tablist'] {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }

  .turn,
  .number {
    transition: transform var(--_duration) ease-in-out;
  }

  .rotating .turn {
    transform: rotate(var(--_turn));
  }

  /* Numbers turn back around their own centre, so they stay upright all the way. */
  .number {
    transform-box: fill-box;
    transform-origin: center;
    font-size: 16px;
    pointer-events: none;
  }

  text {
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
  }

  .rotating .number {
    transform: rotate(calc(-1 * var(--_turn)));
  }

  .segment {
    cursor: pointer;
    outline: none;
  }

  .shape {
    stroke: var(--_surface);
    stroke-width: 2;
    stroke-linejoin: round;
  }

  .segment:hover .shape {
    filter: brightness(0.88);
  }

  /* The selected segment's outline; thicker, with a halo, as the focus ring. */
  .halo,
  .ring {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }

  .ring {
    stroke: var(--_text);
    stroke-width: 2px;
  }

  .halo {
    stroke: var(--_surface);
    stroke-width: 0;
  }

  .segment:focus-visible ~ .halo {
    stroke-width: 9px;
  }

  .segment:focus-visible ~ .ring {
    stroke: var(--_focus);
    stroke-width: 4px;
  }

  .centre {
    position: absolute;
    inset: 30% 26%;
    display: grid;
    place-items: center;
    text-align: center;
    font-size: clamp(0.8125rem, 4.4cqi, 1.25rem);
    font-weight: 700;
    line-height: 1.2;
    pointer-events: none;
  }

  .centre span {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    max-width: 100%;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .legend {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.25rem;
    width: 100%;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend li {
    display: flex;
    gap: 0.5em;
    padding: 0.25rem 0.375rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  /* Marked by its background, not bold type: selecting an entry never rewraps the legend. */
  .legend li[data-selected] {
    background: var(--_subtle);
  }

  .swatch {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }

  .swatch text {
    font-size: 11px;
  }

  /* One panel in the DOM, kept as tall as the tallest theme's (measured in the hidden sizer, which
     holds every theme's panel only while it is measured): no jump between themes. */
  .panels {
    position: relative;
    min-width: 0;
    max-width: var(--_measure);
  }

  .sizer {
    position: absolute;
    inset: 0 0 auto;
    display: grid;
    visibility: hidden;
  }

  .sizer > * {
    grid-area: 1 / 1;
  }

  .layout .credit {
    grid-column: 1 / -1;
    margin: 0;
  }

  .title {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .description {
    margin: 0 0 0.75rem;
  }

  .examples-heading {
    margin: 0 0 0.25rem;
    font-weight: 700;
  }

  .examples {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25em;
  }

  /* A line of its own: the whole 24 px line is the target (WCAG 2.5.8), not the 17 px glyphs. */
  .link {
    display: inline-block;
    color: var(--_accent);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .shape,
    .swatch rect {
      fill: Canvas;
      stroke: CanvasText;
    }

    .number,
    .swatch text {
      fill: CanvasText;
    }

    .ring,
    .segment:focus-visible ~ .ring {
      stroke: Highlight;
    }

    .halo {
      stroke: Canvas;
    }

    .legend li[data-selected] {
      outline: 2px solid Highlight;
    }
  }
`;
