import type { DigiErrorReason } from './problems.js';

export type { DigiErrorReason };

/** The detail of `digi-error`. */
export interface DigiErrorDetail {
  /** What kind of problem it is. */
  readonly reason: DigiErrorReason;
  /** Where: a JSON path into the content (`tips[3].title`) or an attribute name (`interval`). */
  readonly path?: string | undefined;
  /** What is wrong, in the widget's language: the sentence the widget shows the editor. */
  readonly message: string;
}

/**
 * What every event of the widgets is: named `digi-…`, bubbling, crossing shadow roots, with a
 * typed `detail`. Each event is a subclass that names itself.
 */
export class DigiEvent<D> extends Event {
  readonly detail: D;

  constructor(type: `digi-${string}`, detail: D) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Dispatched when content cannot be loaded or used, or an attribute value is refused. */
export class DigiErrorEvent extends DigiEvent<DigiErrorDetail> {
  constructor(detail: DigiErrorDetail) {
    super('digi-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digi-error': DigiErrorEvent;
  }
}
