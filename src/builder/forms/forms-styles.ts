import { css } from 'lit';

/** The content forms' look: labelled fields, item fieldsets, list buttons, errors and hints. */
export const formStyles = css`
  .form {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  fieldset.list {
    padding: 0;
    border: 0;
  }

  legend {
    max-width: 100%;
    padding: 0 0.25rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .items > li {
    min-width: 0;
  }

  .hint,
  .error,
  .warning {
    overflow-wrap: anywhere;
  }

  fieldset.list > legend {
    padding: 0;
  }

  legend h3,
  legend h4 {
    margin: 0;
    font-size: inherit;
  }

  legend h3 {
    font-size: 1.25rem;
  }

  legend h4 {
    font-size: 1.1rem;
  }

  .items {
    display: grid;
    gap: var(--_space);
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: 0.75rem;
    background: var(--_surface);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }

  label,
  .label {
    font-weight: 600;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  .error::before {
    content: '⚠ ';
  }

  .warning {
    margin: 0;
    color: #8a5300;
    font-weight: 600;
  }

  input:not([type='checkbox'], [type='color']),
  textarea,
  select {
    width: 100%;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input[type='number'] {
    max-width: 8rem;
  }

  textarea {
    min-height: 6rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }

  input[type='color'] {
    width: 2.75rem;
    height: 2.75rem;
    padding: 0.15rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .color-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }

  .color-row > .field {
    flex: 1 1 10rem;
  }

  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
    font-weight: normal;
  }

  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .string-item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }

  .string-item > .field {
    flex: 1 1 14rem;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .button[disabled] {
    color: var(--_muted);
    cursor: not-allowed;
    opacity: 0.6;
  }

  .button[disabled]:hover {
    background: var(--_surface);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  details {
    border-top: 1px solid var(--_subtle);
    padding-top: 0.5rem;
  }

  summary {
    display: list-item;
    padding: 0.6rem 0;
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }

  details[open] > summary {
    margin-bottom: 0.5rem;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Lists and items take focus only from focusField() (the error summary): always show it. */
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .hint-inline {
    color: var(--_muted);
    font-weight: normal;
  }

  @media (forced-colors: active) {
    input:not([type='checkbox']),
    textarea,
    select,
    fieldset {
      border-color: CanvasText;
    }

    [aria-invalid='true'] {
      border-color: Mark;
    }

    .error,
    .warning,
    .hint-inline {
      color: CanvasText;
    }

    [tabindex='-1']:focus {
      outline-color: Highlight;
    }

    .button[disabled] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
