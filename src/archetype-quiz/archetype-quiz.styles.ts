import { css } from 'lit';

export const archetypeQuizStyles = css`
  /* From the first question on, every step keeps at least this height, so the page does not jump
     between questions. The intro keeps a height of its own, close to its content's: the first
     thing a reader sees is not half empty. Both fit the built-in quiz and match the element's
     reserve rule (archetype-quiz.reserve.css), so the page does not move when it upgrades. */
  .quiz {
    --_min-height: 27rem;
    --_intro: 18rem;
    display: flex;
    flex-direction: column;
    min-height: var(--digi-archetype-quiz-min-height, var(--_min-height));
    padding: var(--digi-archetype-quiz-padding, var(--_space));
    border: var(--digi-archetype-quiz-border, 1px solid #d0d5db);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .quiz:has(.intro) {
    min-height: var(--_intro);
  }

  .step {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  .step p {
    margin: 0;
    max-width: var(--_measure);
  }

  .heading {
    max-width: var(--_measure);
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }

  .subheading {
    font-size: 1.0625em;
    font-weight: 700;
  }

  .facts {
    margin: 0;
    padding: 0;
    color: var(--_muted);
    list-style: none;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: auto;
    padding-top: calc(var(--_space) * 0.5);
  }

  .progress {
    color: var(--_muted);
  }

  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    background: var(--_subtle);
    appearance: none;
  }

  /* --_track and --_fill: set in forced-colors mode only. */
  progress::-webkit-progress-bar {
    background: var(--_track, var(--_subtle));
  }

  progress::-webkit-progress-value {
    background: var(--_fill, var(--_accent));
  }

  progress::-moz-progress-bar {
    background: var(--_fill, var(--_accent));
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* Floated, so it lays out as plain content: as the fieldset's rendered legend, WebKit 2.50 made
     the first question 62 px too tall until the next style change. Still the fieldset's name. */
  legend {
    float: left;
    width: 100%;
    margin: 0 0 0.75rem;
    padding: 0;
  }

  legend + * {
    clear: both;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  /* The whole label is the target: at least 44 px high. */
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: 2.75rem;
    max-width: var(--_measure);
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
  }

  .option:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Inside the fieldset, so it takes no room while empty. */
  .required p {
    display: flex;
    gap: 0.5em;
    margin-top: 0.75rem;
    color: var(--_error);
  }

  .level {
    color: var(--_accent);
    font-weight: 700;
  }

  .summary,
  .levels {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .ladder {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rung {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .rung-level {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .rung[aria-current] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .rung[aria-current] .rung-level {
    color: inherit;
  }

  .you {
    margin-inline-start: auto;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_on-accent);
    color: var(--_accent);
    font-size: 0.875em;
  }

  @container (min-width: 40rem) {
    .result {
      display: grid;
      grid-template-columns: 3fr 2fr;
      align-content: start;
      gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    }

    .result .nav {
      grid-column: 1 / -1;
    }
  }

  @container (max-width: 36rem) {
    .quiz {
      --_min-height: 31rem;
      --_intro: 20rem;
    }
  }

  @container (max-width: 26rem) {
    .quiz {
      --_min-height: 37rem;
      --_intro: 24rem;
    }

    .nav .button {
      flex: 1 1 auto;
    }
  }

  @media (forced-colors: active) {
    .quiz {
      border: 1px solid CanvasText;
    }

    .option,
    .rung {
      border-color: CanvasText;
    }

    .option:has(:checked),
    .rung[aria-current] {
      border: 3px solid Highlight;
    }

    .you {
      border: 1px solid CanvasText;
    }

    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      --_track: Canvas;
      --_fill: Highlight;
    }
  }
`;
