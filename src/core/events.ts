/** Why content or an attribute was refused. */
export type DigiErrorReason =
  'fetch-failed' | 'timeout' | 'invalid-json' | 'invalid-content' | 'invalid-attribute';

/** The detail of `digi-error`. */
export interface DigiErrorDetail {
  /** What kind of problem it is. */
  readonly reason: DigiErrorReason;
  /** Where: a JSON path into the content (`tips[3].title`) or an attribute name (`interval`). */
  readonly path?: string;
  /** A sentence in English for developers; the widget shows a localized one. */
  readonly message: string;
}

/** Dispatched when content cannot be loaded or used, or an attribute value is refused. */
export class DigiErrorEvent extends Event {
  readonly detail: DigiErrorDetail;

  constructor(detail: DigiErrorDetail) {
    super('digi-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'digi-error': DigiErrorEvent;
  }
}
