import { css } from 'lit';

/** The builder's own layout, on top of the widgets' shared tokens and buttons. */
export const builderStyles = css`
  .builder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    max-width: 60rem;
  }

  /* Wide screens: the preview stays in view beside the form while the editor types. */
  @media (min-width: 80rem) {
    .builder {
      max-width: none;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }

    .builder > * {
      grid-column: 1;
    }

    .builder > .preview {
      grid-column: 2;
      grid-row: 1 / span 9;
      position: sticky;
      top: var(--_space);
      max-height: calc(100vh - 2 * var(--_space));
      overflow: auto;
    }
  }

  .toolbar,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .toolbar {
    justify-content: flex-end;
  }

  .step {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.375rem;
  }

  h3 {
    font-size: 1.125rem;
  }

  p {
    margin: 0;
    max-width: var(--_measure);
  }

  fieldset {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  fieldset.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }

  legend {
    padding: 0;
    margin-bottom: 0.5rem;
    font-weight: 600;
  }

  fieldset.inline legend {
    flex-basis: 100%;
  }

  .choice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding-block: 0.5rem;
    cursor: pointer;
  }

  .choice input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }

  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3rem;
    min-width: 0;
  }

  .hint,
  .summary,
  .blocked {
    /* Addresses in hints and paths in problems break anywhere rather than widen the page. */
    overflow-wrap: anywhere;
  }

  label {
    font-weight: 600;
  }

  .choice,
  .hint {
    font-weight: 400;
  }

  .hint,
  .note {
    color: var(--_muted);
  }

  input[type='text'],
  input[type='url'],
  input[type='file'],
  select,
  textarea {
    width: 100%;
    max-width: 40rem;
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input[type='color'] {
    width: 4rem;
    height: 2.75rem;
    padding: 0.2rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  textarea {
    resize: vertical;
  }

  textarea.code,
  #paste {
    max-width: none;
    font-family: ui-monospace, Consolas, 'Liberation Mono', monospace;
    font-size: 0.875rem;
    white-space: pre;
    overflow: auto;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }

  .error,
  .message.error {
    color: var(--_error);
    font-weight: 600;
  }

  .message:empty,
  .status:empty {
    display: none;
  }

  .status {
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.3rem solid var(--_accent);
    background: var(--_subtle);
  }

  .count {
    font-weight: 600;
  }

  .summary,
  .blocked,
  .stored {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: #fdf0ef;
    color: #1a1a1a;
  }

  .blocked .summary {
    padding: 0;
    border: 0;
  }

  .summary ul,
  .contrast ul {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .link {
    min-height: 2.75rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: #8c1d17;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  .path {
    margin-inline-start: 0.4em;
    color: #595959;
    font-size: 0.875em;
  }

  .contrast li {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start-width: 0.4rem;
    border-radius: var(--_radius);
  }

  .contrast li.low {
    border-color: #8a5300;
    background: #fff7e6;
  }

  .swatch {
    flex: none;
    font-weight: 700;
  }

  .frame {
    width: 100%;
    max-width: 100%;
    padding: 0.5rem;
    border: 1px dashed var(--_border);
  }

  .frame[data-width='phone'] {
    width: 375px;
  }

  .frame[data-stale='true'] {
    filter: grayscale(1);
  }

  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }

  .button.danger {
    border-color: var(--_error);
    color: var(--_error);
  }

  dialog {
    max-width: min(30rem, calc(100vw - 2rem));
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
  }

  dialog[open] {
    display: grid;
    gap: var(--_space);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  @media (forced-colors: active) {
    .summary,
    .blocked,
    .stored,
    .step,
    .contrast li {
      border-color: CanvasText;
    }
  }
`;
