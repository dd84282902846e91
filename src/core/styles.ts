import { css, unsafeCSS } from 'lit';
import { tokenProperties } from './tokens.js';

/**
 * What every widget shares: the public `--digi-*` tokens read into private `--_*` values, the
 * focus ring, buttons, the notice, reduced motion and forced colours.
 */
export const baseStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    ${unsafeCSS(tokenProperties())}
    container-type: inline-size;
    font-family: var(--_font-family);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: 2.75rem;
    min-height: 2.75rem;
    margin: 0;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    transition: background-color 0.15s;
  }

  .button:hover {
    background: var(--_subtle);
  }

  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .notice {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border: 1px solid var(--_error);
    border-inline-start-width: 0.4em;
    border-radius: var(--_radius);
    background: #fdf0ef;
    color: #1a1a1a;
  }

  .notice[data-severity='warning'] {
    border-color: #8a5300;
    background: #fff7e6;
  }

  .notice p {
    margin: 0;
    max-width: var(--_measure);
  }

  .loading {
    margin: 0;
    color: var(--_muted);
  }

  .credit {
    max-width: var(--_measure);
    margin: var(--_space) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .notice {
      border-color: ButtonText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
