import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { AutoplayController } from '../controllers/autoplay.js';
import { SwipeGesture } from '../controllers/swipe.js';
import { DigiElement } from '../core/digi-element.js';
import { format } from '../core/format.js';
import { isRtl, rovingIndex } from '../core/keys.js';
import { baseStyles } from '../core/styles.js';
import { sizeToTallest } from '../core/tallest.js';
import { credit, paragraphs } from '../core/templates.js';
import { uniqueName } from '../core/unique-name.js';
import { tipCarouselSpec } from './tip-carousel.content.js';
import type { TipCarouselStrings } from './tip-carousel.strings.js';
import type { Tip, TipCarouselContent } from './tip-carousel.types.js';
import { tipCarouselStyles } from './tip-carousel.styles.js';
import { DigiTipChangeEvent } from './tip-change-event.js';

/** Seconds per tip while rotating, unless `interval` says otherwise. */
export const DEFAULT_INTERVAL = 10;
/** The shortest `interval` accepted, in seconds. */
export const MIN_INTERVAL = 5;
/** The level of tip titles unless `heading-level` says otherwise. */
const HEADING_LEVEL = 3;

const DAY_MS = 86_400_000;

/** The tip of the day: the same index for every reader on a given calendar day. */
export function tipOfTheDay(count: number, date = new Date()): number {
  const day = Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
  return day % count;
}

const chevron = html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true">
  <path d="M15 5l-7 7 7 7"></path>
</svg>`;
/** The rotation button's icon: pause bars while rotating, else a play triangle (outlined). */
const rotationIcon = (rotating: boolean) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
    <path d=${rotating ? 'M8 5v14M16 5v14' : 'M7 5v14l12-7z'}></path>
  </svg>`;

/**
 * Tip `index` as a slide: the tab panel of picker button `index`. The sizing probe draws every tip
 * this way too, for a moment (core/tallest.ts).
 */
const slide = (tip: Tip, index: number, level: number, s: TipCarouselStrings) =>
  html`<div
    id="slide"
    class="slide"
    part="slide"
    role="tabpanel"
    aria-roledescription=${s.slide}
    aria-labelledby="tab-${index}"
  >
    <div class="title" part="title" role="heading" aria-level=${level}>${tip.title}</div>
    ${paragraphs(tip.body, 'body')}
    ${
      tip.link
        ? html`<a class="link" part="link" href=${tip.link.href}>${tip.link.text}</a>`
        : nothing
    }
  </div>`;

/**
 * The tips, one at a time: an accessible carousel to the W3C APG tabbed carousel pattern. The
 * controls come first (an optional stop/start button for autoplay, previous and next, the slide
 * picker, whose tabs each control the slide), then the slide on show, the tab panel of the selected
 * tab; swipe turns tips too. Only the slide on show is in the DOM; its area keeps the height of
 * the tallest tip, measured once per page and width, so nothing moves between tips.
 *
 * @tagname digi-tip-carousel
 * @summary Tips as an accessible carousel, with built-in "13 råd om digitalt lederskab".
 *
 * @slot - Optional tips as light-DOM children, one element a tip (a heading, text, a link); read
 *   before the script loads. An inline `<script type="application/json">` child is read instead
 *   when present.
 *
 * @fires {DigiTipChangeEvent} digi-tip-change - The reader or autoplay showed another tip; `detail`
 *   is `{ index, tip }`.
 *
 * @csspart carousel - The carousel region.
 * @csspart controls - The row with the rotation button, previous/next and the position.
 * @csspart rotation-button - The stop/start button (with `autoplay`).
 * @csspart previous-button - The previous button.
 * @csspart next-button - The next button.
 * @csspart position - The visible position, "3 af 13".
 * @csspart slides - The area holding the slide, as tall as the tallest tip.
 * @csspart slide - The slide on show (a tip): the tab panel of the selected picker button.
 * @csspart title - A tip's title.
 * @csspart body - A paragraph of a tip's text.
 * @csspart link - A tip's link.
 * @csspart picker - The slide picker (a tab list), between the controls and the slide.
 * @csspart picker-button - One button of the slide picker (a tab).
 * @csspart credit - The line under the built-in tips naming their source (none with custom tips).
 *
 * @cssprop [--digi-tip-carousel-padding=var(--digi-space)] - Space inside the card.
 * @cssprop [--digi-tip-carousel-border=1px solid #d0d5db] - The card's border.
 */
export class DigiTipCarousel extends DigiElement<TipCarouselContent, TipCarouselStrings> {
  static override styles = [baseStyles, tipCarouselStyles];

  /** Turn the tips automatically. Starts stopped under `prefers-reduced-motion: reduce`. */
  @property({ type: Boolean, reflect: true }) autoplay = false;

  /** Seconds per tip while rotating; at least 5, default 10. */
  @property({ type: Number }) interval = DEFAULT_INTERVAL;

  /** The first tip: a number from 1, or `today` for the tip of the day. */
  @property() start?: string;

  /** The heading level of tip titles (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = HEADING_LEVEL;

  @state() private index = 0;

  /** `headingLevel` checked. */
  #level = HEADING_LEVEL;

  readonly #rotation = new AutoplayController(
    this,
    () => this.#show(this.index + 1, true),
    DEFAULT_INTERVAL * 1000,
  );

  protected override readonly spec = tipCarouselSpec;

  // Swiping the slides moves like the buttons do.
  readonly #swipe = new SwipeGesture(this, (step) => this.#show(this.index + step, true));

  /** The index (from 0) of the tip on show. */
  get currentIndex(): number {
    return this.index;
  }

  // Back in the page (after a move): render again, so that the slide area is measured at its
  // new width (core/tallest.ts forgets areas that leave) and the name is checked.
  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('interval')) this.#rotation.setInterval(this.#checkedInterval() * 1000);
    if (changed.has('autoplay')) {
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (this.autoplay && !reduced) this.#rotation.start();
      else this.#rotation.stop();
    }
    if (changed.has('start') && this.hasUpdated && this.#tips) this.index = this.#startIndex();
    if (changed.has('headingLevel'))
      this.#level = this.headingLevelOf(this.headingLevel, HEADING_LEVEL);
  }

  protected override contentChanged(_data: TipCarouselContent, languageOnly: boolean): void {
    if (!languageOnly) this.index = this.#startIndex();
  }

  /** Shows the next tip (after the last: the first). Dispatches no event. */
  next(): void {
    this.#show(this.index + 1, false);
  }

  /** Shows the previous tip (before the first: the last). Dispatches no event. */
  previous(): void {
    this.#show(this.index - 1, false);
  }

  /** Shows the tip at `index` (from 0), clamped to the tips there are. Dispatches no event. */
  goTo(index: number): void {
    const count = this.#tips?.length ?? 0;
    if (!count || !Number.isFinite(index)) return;
    this.index = Math.min(count - 1, Math.max(0, Math.trunc(index)));
  }

  get #tips() {
    return this.contentState.status === 'ready' ? this.contentState.data.tips : undefined;
  }

  #show(index: number, byUser: boolean): void {
    const tips = this.#tips;
    if (!tips?.length) return;
    const next = ((index % tips.length) + tips.length) % tips.length;
    if (next === this.index) return;
    this.index = next;
    if (byUser) this.dispatchEvent(new DigiTipChangeEvent({ index: next, tip: tips[next]! }));
  }

  #checkedInterval(): number {
    const value = this.interval;
    const fallback = !Number.isFinite(value) || value <= 0 ? DEFAULT_INTERVAL : MIN_INTERVAL;
    const ok = Number.isFinite(value) && value >= MIN_INTERVAL;
    this.checkAttribute('interval', value, ok, fallback);
    return ok ? value : fallback;
  }

  #startIndex(): number {
    const count = this.#tips!.length;
    const raw = this.start?.trim();
    // The tip as a number from 1: unset or empty means the first.
    const n = raw === 'today' ? tipOfTheDay(count) + 1 : raw ? Number(raw) : 1;
    const ok = Number.isInteger(n) && n >= 1 && n <= count;
    this.checkAttribute('start', raw ?? '', ok, 1);
    return ok ? n - 1 : 0;
  }

  // Keyboard focus coming into the carousel stops rotation (a click does not: it has no focus ring).
  #handleFocusIn(event: FocusEvent): void {
    if (
      !this.renderRoot.contains(event.relatedTarget as Node | null) &&
      (event.composedPath()[0] as Element).matches(':focus-visible')
    )
      this.#rotation.stop();
  }

  #handleRotationClick(): void {
    if (this.#rotation.enabled) this.#rotation.stop();
    else this.#rotation.start();
  }

  // A picker button's id is `tab-` and its index; a click between the buttons reaches the picker
  // itself (id "").
  #handlePickerClick(event: Event): void {
    const index = (event.target as Element).id.slice(4);
    if (index) this.#show(+index, true);
  }

  async #handlePickerKeydown(event: KeyboardEvent): Promise<void> {
    const index = rovingIndex(event.key, this.index, this.#tips!.length, isRtl(this));
    if (index === undefined) return;
    event.preventDefault();
    this.#show(index, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.index}`)?.focus({ focusVisible: true });
  }

  // The slide area keeps the height of the tallest tip (core/tallest.ts).
  protected override updated(): void {
    const [picker, slides] = this.renderRoot.querySelectorAll<HTMLElement>('.picker, .slides');
    const tips = this.#tips;
    // The picker is as wide as the slide area. The probe draws every tip as a slide.
    if (slides && tips)
      sizeToTallest(slides, picker!, tips, (into) =>
        render(
          tips.map((tip, i) => slide(tip, i, this.#level, this.t)),
          into,
        ),
      );
  }

  protected override renderContent(
    data: TipCarouselContent,
    s: TipCarouselStrings,
  ): TemplateResult {
    const total = data.tips.length;
    const label = this.label ?? uniqueName(this, this.nameFor(s.label, s.customLabel));
    return html`<section
      class="carousel"
      part="carousel"
      aria-roledescription=${s.carousel}
      aria-label=${label}
      @focusin=${this.#handleFocusIn}
      @mouseenter=${() => this.#rotation.pause(true)}
      @mouseleave=${() => this.#rotation.pause(false)}
    >
      <div class="controls" part="controls">
        ${
          this.autoplay
            ? html`<button
                type="button"
                class="button rotation"
                part="rotation-button"
                @click=${this.#handleRotationClick}
              >
                ${rotationIcon(this.#rotation.enabled)}
                ${this.#rotation.enabled ? s.stopRotation : s.startRotation}
              </button>`
            : nothing
        }
        <div class="nav">
          <button
            type="button"
            class="button previous"
            part="previous-button"
            aria-label=${s.previous}
            aria-controls="slide"
            @click=${() => this.#show(this.index - 1, true)}
          >
            ${chevron}
          </button>
          <span class="position" part="position" aria-hidden="true"
            >${format(s.position, { n: this.index + 1, total })}</span
          >
          <button
            type="button"
            class="button next"
            part="next-button"
            aria-label=${s.next}
            aria-controls="slide"
            @click=${() => this.#show(this.index + 1, true)}
          >
            ${chevron}
          </button>
        </div>
      </div>
      <div
        class="picker"
        part="picker"
        role="tablist"
        aria-label=${s.picker}
        @click=${this.#handlePickerClick}
        @keydown=${this.#handlePickerKeydown}
      >
        ${data.tips.map(
          (tip, i, _, on = i === this.index) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${i}"
              class="dot"
              part="picker-button"
              aria-selected=${on}
              aria-controls="slide"
              aria-label=${format(s.pickerItem, { n: i + 1, title: tip.title })}
              tabindex=${on ? 0 : -1}
            ></button>`,
        )}
      </div>
      <div
        class="slides"
        part="slides"
        aria-live=${this.#rotation.running ? 'off' : 'polite'}
        @pointerdown=${this.#swipe.down}
        @pointerup=${this.#swipe.up}
        @pointercancel=${this.#swipe.cancel}
      >
        ${slide(data.tips[this.index]!, this.index, this.#level, s)}
      </div>
      ${credit(this.creditFor(s.credit))}
    </section>`;
  }
}
