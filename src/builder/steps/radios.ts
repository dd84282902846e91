// A native radio group's buttons, each in its label: arrow keys move between them.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The radio buttons named `name`, one a value, the current one checked. */
export function radios<V extends string>(
  name: string,
  values: readonly V[],
  current: V,
  label: (value: V) => string,
  choose: (value: V) => void,
  describedBy?: string,
): TemplateResult[] {
  return values.map(
    (value) =>
      html`<label class="choice">
        <input
          type="radio"
          name=${name}
          value=${value}
          .checked=${value === current}
          aria-describedby=${ifDefined(describedBy)}
          @change=${() => choose(value)}
        />
        ${label(value)}
      </label>`,
  );
}
