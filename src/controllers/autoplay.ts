import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Advances something on a timer, to the APG carousel's rules: the reader can stop and start it;
 * hovering pauses it for as long as the pointer stays; once stopped, only `start()` resumes it.
 * The host reads `running` to set `aria-live` and the stop/start button.
 */
export class AutoplayController implements ReactiveController {
  /** True while rotation is on (it may still be paused by hover). */
  enabled = false;

  #paused = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #intervalMs: number;
  readonly #host: ReactiveControllerHost;
  readonly #tick: () => void;

  constructor(host: ReactiveControllerHost, tick: () => void, intervalMs: number) {
    this.#host = host;
    this.#tick = tick;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  /** True when slides are actually turning: enabled and not paused. */
  get running(): boolean {
    return this.enabled && !this.#paused;
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  /** Turns rotation on. */
  start(): void {
    this.enabled = true;
    this.#changed();
  }

  /** Turns rotation off until `start()`. */
  stop(): void {
    this.enabled = false;
    this.#changed();
  }

  /** Pauses (hover) or resumes; a resume does nothing while stopped. */
  pause(paused: boolean): void {
    if (this.#paused === paused) return;
    this.#paused = paused;
    this.#changed();
  }

  /** Changes the interval; a running timer restarts with it. */
  setInterval(ms: number): void {
    this.#intervalMs = ms;
    this.#schedule();
  }

  #changed(): void {
    this.#schedule();
    this.#host.requestUpdate();
  }

  #schedule(): void {
    clearInterval(this.#timer);
    this.#timer = this.running ? setInterval(this.#tick, this.#intervalMs) : undefined;
  }
}
