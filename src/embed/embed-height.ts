// The embed page's height messages to the page that holds its iframe: the message shapes (the
// host script in resize.ts and hosts' own scripts rely on them) and the messenger that sends one
// on load and after every change of height.

/** The `type` of the message the embed page posts to its parent. */
export const HEIGHT_MESSAGE = 'digileder:embed-height';
/** The `type` of the message a host posts to an embed frame to have its height sent again. */
export const HEIGHT_REQUEST = 'digileder:embed-height-request';

/**
 * Posted by the embed page to `window.parent` (target origin `*`: it tells nothing but a height)
 * when it has rendered, after every change of its height, and in answer to a
 * {@link EmbedHeightRequest}.
 */
export interface EmbedHeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  /** The height the frame needs to show everything without scrolling, in whole CSS pixels. */
  readonly height: number;
  /** The `id` parameter of the frame's address, to tell frames apart; `null` without one. */
  readonly id: string | null;
  /** The widget shown, or `null` when the page shows its help or a refusal. */
  readonly widget: string | null;
}

/** Posted by a host to an embed frame's window: "send me your height now". */
export interface EmbedHeightRequest {
  readonly type: typeof HEIGHT_REQUEST;
}

/** True for a well-formed height message (check `event.origin` and `event.source` as well). */
export function isHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<Record<keyof EmbedHeightMessage, unknown>>;
  return (
    m.type === HEIGHT_MESSAGE &&
    typeof m.height === 'number' &&
    Number.isInteger(m.height) &&
    m.height >= 0 &&
    (m.id === null || typeof m.id === 'string') &&
    (m.widget === null || typeof m.widget === 'string')
  );
}

/** Where messages go: a window (the parent), or a stand-in in tests. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export interface HeightReport {
  /** Where the messages go: `window.parent`. */
  readonly target: MessageTarget;
  /** Whose {@link EmbedHeightRequest}s are answered (by `event.source`); `target` by default. */
  readonly requester?: unknown;
  readonly id: string | null;
  readonly widget: string | null;
}

/**
 * Sends `measured`'s height now, whenever it changes (a ResizeObserver), and whenever the
 * requester asks with an {@link EmbedHeightRequest}. Returns a function that stops it.
 */
export function reportHeight(measured: Element, report: HeightReport): () => void {
  const { target, requester = target, id, widget } = report;
  const view = measured.ownerDocument.defaultView!;
  let last = -1;
  const send = (always: boolean) => {
    const height = Math.ceil(measured.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    const message: EmbedHeightMessage = { type: HEIGHT_MESSAGE, height, id, widget };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => {
    send(false);
  });
  observer.observe(measured);
  const answer = (event: MessageEvent) => {
    const data = event.data as Partial<EmbedHeightRequest> | null;
    if (event.source === requester && data?.type === HEIGHT_REQUEST) send(true);
  };
  view.addEventListener('message', answer);
  send(false);
  return () => {
    observer.disconnect();
    view.removeEventListener('message', answer);
  };
}
