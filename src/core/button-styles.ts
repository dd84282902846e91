import { css } from 'lit';

// A module of its own: only widgets with a main action import it (a css`` value is never dropped
// from a bundle that imports its module, used or not).

/** The filled button for a widget's main action (`class="button primary"`), on top of `.button`. */
export const primaryButtonStyles = css`
  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }
`;
