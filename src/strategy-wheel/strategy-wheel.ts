import { html, nothing, render, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { textColorOn } from '../core/contrast.js';
import { DigiElement } from '../core/digi-element.js';
import { rovingIndex } from '../core/keys.js';
import { baseStyles } from '../core/styles.js';
import { credit, paragraphs } from '../core/templates.js';
import { strategyWheelSpec } from './strategy-wheel.content.js';
import type { StrategyWheelStrings } from './strategy-wheel.strings.js';
import type { StrategyTheme, StrategyWheelContent } from './strategy-wheel.types.js';
import { strategyWheelStyles } from './strategy-wheel.styles.js';
import { DigiThemeSelectEvent } from './theme-select-event.js';

/**
 * The default segment colours, clockwise from the top. Each reaches 3:1 against white (WCAG
 * 1.4.11) and carries white numbers at 4.5:1 or more (1.4.3); neighbours differ in hue.
 */
export const PALETTE: readonly string[] = [
  '#0059b3',
  '#1a7f37',
  '#b3261e',
  '#6f42c1',
  '#00758f',
  '#a34400',
  '#3949ab',
  '#566200',
  '#c2185b',
  '#7b4a2e',
  '#00796b',
  '#8a5300',
];

const noop = (): void => {};

/** Each observed sizer's sizing (see `#size`), set by its wheel. */
const sizings = new WeakMap<Element, () => () => () => void>();

/**
 * Sizes every wheel's panel to its tallest theme when the panel's width changes, for all wheels in
 * one pass (their writes, then one layout for all the reads, then the writes), so 100 wheels cost
 * one extra layout, not 100.
 */
// (Where there is no DOM, as when the build reads this module in Node, there is no observer.)
const sizerObserver = ((globalThis.ResizeObserver as typeof ResizeObserver | undefined) &&
  new ResizeObserver((entries) =>
    entries
      .map(({ target }) => (sizings.get(target) ?? (() => () => noop))())
      .map((read) => read())
      .forEach((write) => write()),
  )) as ResizeObserver;

/** The level of the theme's title in the panel unless `heading-level` says otherwise. */
const HEADING_LEVEL = 3;

// The wheel in SVG user units: viewBox -100 -100 200 200, centred on 0,0.
const R_OUT = 90;
const R_IN = 48;
const R_SELECTED = 98;
const R_LABEL = (R_OUT + R_IN) / 2;

/** The x, y of a point `r` from the centre at `deg` degrees clockwise from the top. */
function xy(deg: number, r: number): [number, number] {
  const rad = (deg * Math.PI) / 180;
  return [+(r * Math.sin(rad)).toFixed(2), +(-r * Math.cos(rad)).toFixed(2)];
}

const point = (deg: number, r: number) => xy(deg, r).join(' ');

/**
 * The outline of a ring segment from `from` to `to` degrees (clockwise from the top). With two
 * themes or more a segment spans at most 180°, so the arcs never need the large-arc flag.
 */
function segmentPath(from: number, to: number, outer: number, inner: number): string {
  return (
    `M${point(from, outer)}A${outer} ${outer} 0 0 1 ${point(to, outer)}` +
    `L${point(to, inner)}A${inner} ${inner} 0 0 0 ${point(from, inner)}Z`
  );
}

/**
 * A municipality's strategy themes as an interactive wheel: a donut of 2–12 numbered segments, a
 * legend with the titles, and a details panel for the chosen theme.
 *
 * Semantics follow the W3C APG Tabs pattern, bent round a circle: the wheel is a labelled
 * `tablist`, each segment a `tab` (roving tabindex, `aria-selected`, `aria-controls`), the
 * details a `tabpanel` named by its tab. Right/Down move clockwise and Left/Up counter-clockwise,
 * both wrapping (a circle has no ends); Home/End go to the first and last theme; selection follows
 * focus; click and touch on a segment or a legend entry select too. The arrows do not swap on
 * right-to-left pages: clockwise stays clockwise.
 *
 * Why the tabs are SVG `<g>` elements: the segment shapes are what readers point at, and an SVG
 * group with `role="tab"`, `tabindex` and `aria-label` is focusable and exposed with its role, name
 * and state in Chromium, Firefox and WebKit (checked here in Chromium with axe and the
 * accessibility tree). HTML buttons laid over the segments could not match their shapes, and an
 * HTML tab list beside an inert picture would split what the eye and the keyboard follow. The
 * browsers' rectangular focus outline does not fit a segment, so the focus ring is an extra outline
 * drawn over the selected segment (focus is always on the selected tab). The legend repeats the
 * tab names for sighted readers and is hidden from assistive technology so they are not read
 * twice.
 *
 * @tagname digi-strategy-wheel
 * @summary The strategy themes as an accessible wheel, with built-in themes from "13 råd om
 *   digitalt lederskab".
 *
 * @slot - An optional `<script type="application/json">` child with the content.
 *
 * @fires {DigiThemeSelectEvent} digi-theme-select - The reader chose another theme (click, touch
 *   or key); `detail` is `{ id, index }`.
 *
 * @csspart layout - The grid holding the wheel with its legend, and the panel.
 * @csspart wheel - The box holding the wheel picture (square).
 * @csspart tablist - The SVG wheel, the tab list.
 * @csspart segment - One segment's shape.
 * @csspart number - The number on a segment.
 * @csspart centre - The selected theme's title in the middle of the wheel.
 * @csspart legend - The numbered list of titles under the wheel.
 * @csspart panel - The details of the selected theme (the tab panel).
 * @csspart title - The theme's title in the panel.
 * @csspart description - A paragraph of the theme's description.
 * @csspart examples - The list of examples.
 * @csspart link - The theme's link.
 * @csspart credit - The line naming the source of the built-in themes (none with custom themes).
 *
 * @cssprop [--digi-strategy-wheel-size=24rem] - The widest the wheel grows.
 * @cssprop [--digi-strategy-wheel-duration=0.5s] - How long the wheel takes to turn (`rotate`).
 */
export class DigiStrategyWheel extends DigiElement<StrategyWheelContent, StrategyWheelStrings> {
  static override styles = [baseStyles, strategyWheelStyles];

  /** The id of the selected theme; reflects the reader's choice. Unknown ids select the first. */
  @property({ reflect: true }) selected?: string;

  /** Turn the wheel so the selected segment sits at the top. No animation under reduced motion. */
  @property({ type: Boolean, reflect: true }) rotate = false;

  /** The heading level of the theme's title in the panel (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = HEADING_LEVEL;

  @state() private index = 0;

  /** The wheel's turn in degrees, kept continuous so it always takes the short way round. */
  @state() private turn = 0;

  /** The id the widget last wrote to `selected` itself. */
  #reflected?: string;
  /** `headingLevel` checked. */
  #level = HEADING_LEVEL;

  protected override readonly spec = strategyWheelSpec;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.#themes?.[this.index]?.id;
    if (changed.has('selected') && this.hasUpdated && this.selected?.trim() !== current) {
      this.#applySelected();
    }
    if (changed.has('headingLevel'))
      this.#level = this.headingLevelOf(this.headingLevel, HEADING_LEVEL);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) sizerObserver.unobserve(sizer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Observes the sizer, whose width is the panel's and whose height sizing leaves as it was
    // (empty), so sizing never reports a size of its own. Observing (again) sizes again.
    const sizer = this.renderRoot.querySelector<HTMLElement>('.sizer');
    if (sizer) {
      sizings.set(sizer, () => this.#size(sizer));
      sizerObserver.observe(sizer);
    }
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute not).
    this.renderRoot
      .querySelector<SVGElement>('[part="tablist"]')
      ?.style.setProperty('--_turn', `${this.turn}deg`);
  }

  protected override contentChanged(data: StrategyWheelContent, languageOnly: boolean): void {
    if (languageOnly) return;
    this.index = 0;
    this.#applySelected();
    this.turn = (-360 * this.index) / data.themes.length;
  }

  async #handleKeydown(event: KeyboardEvent): Promise<void> {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = rovingIndex(event.key, this.index, this.#themes?.length ?? 0);
    if (index === undefined) return;
    event.preventDefault();
    this.#show(index, true);
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`#tab-${index}`)?.focus({ focusVisible: true });
  }

  get #themes(): StrategyTheme[] | undefined {
    return this.contentState.status === 'ready' ? this.contentState.data.themes : undefined;
  }

  /**
   * Selects the theme `selected` names. An id the host set that no theme has selects the first
   * theme with a notice; one the widget reflected itself from earlier content does so silently.
   */
  #applySelected(): void {
    const themes = this.#themes;
    if (!themes) return;
    const wanted = this.selected?.trim();
    const found = wanted ? themes.findIndex((theme) => theme.id === wanted) : 0;
    const refused = found < 0 && wanted !== this.#reflected;
    this.checkAttribute('selected', wanted ?? '', !refused, themes[0]!.id);
    this.#show(Math.max(found, 0), false);
    // Leave a refused id in place beside its notice; otherwise reflect the theme shown.
    if (!refused) this.#reflect();
  }

  /** Shows theme `index`; when the reader did it, reflects it and tells the page. */
  #show(index: number, byUser: boolean): void {
    const themes = this.#themes;
    const theme = themes?.[index];
    if (!themes || !theme) return;
    const step = 360 / themes.length;
    const delta = ((((-index * step - this.turn) % 360) + 540) % 360) - 180;
    this.turn += delta;
    const changed = index !== this.index;
    this.index = index;
    if (!byUser) return;
    this.#reflect();
    // The reader's choice is a good `selected`: a refusal of an earlier value is withdrawn.
    this.checkAttribute('selected', theme.id, true, theme.id);
    if (changed) this.dispatchEvent(new DigiThemeSelectEvent({ id: theme.id, index }));
  }

  /**
   * Sizing in three steps, so that many wheels share one layout: lays out every theme's panel,
   * stacked in one grid cell, in the hidden sizer beside the panel; returns the read of their
   * height, which returns the write: the panel keeps that height as its least, and the sizer is
   * emptied again (only the shown theme's panel stays in the DOM).
   */
  #size(sizer: HTMLElement): () => () => void {
    const themes = this.#themes;
    if (!themes) return () => noop;
    const s = this.t;
    render(
      themes.map((theme) => html`<div>${this.#renderTheme(theme, s)}</div>`),
      sizer,
    );
    return () => {
      const height = sizer.offsetHeight;
      return () => {
        render(nothing, sizer);
        // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute not).
        sizer.parentElement!.style.minHeight = `${height}px`;
      };
    };
  }

  #reflect(): void {
    this.selected = this.#reflected = this.#themes?.[this.index]?.id;
  }

  protected override renderContent(
    data: StrategyWheelContent,
    s: StrategyWheelStrings,
  ): TemplateResult {
    const themes = data.themes;
    const step = 360 / themes.length;
    const selected = themes[this.index] ?? themes[0]!;
    const label = this.nameFor(s.label, s.customLabel);
    const fills = themes.map((theme, i) => theme.color ?? PALETTE[i % PALETTE.length]!);
    const selectedPath = segmentPath(
      (this.index - 0.5) * step,
      (this.index + 0.5) * step,
      R_SELECTED,
      R_IN,
    );
    return html`<div class="layout" part="layout">
      <div class="figure">
        <div class="wheel" part="wheel">
          <svg
            viewBox="-100 -100 200 200"
            role="tablist"
            aria-label=${label}
            part="tablist"
            class=${this.rotate ? 'rotating' : ''}
            @keydown=${this.#handleKeydown}
          >
            <g class="turn">
              ${themes.map((theme, i) => {
                const current = i === this.index;
                return svg`<g
                  id=${`tab-${i}`}
                  class="segment"
                  role="tab"
                  aria-label=${theme.title}
                  aria-selected=${current}
                  aria-controls="panel"
                  tabindex=${current ? 0 : -1}
                  @click=${() => this.#show(i, true)}
                ><path class="shape" part="segment" fill=${fills[i]!}
                  d=${current ? selectedPath : segmentPath((i - 0.5) * step, (i + 0.5) * step, R_OUT, R_IN)}
                ></path></g>`;
              })}
              <g aria-hidden="true">
                ${themes.map((_, i) => {
                  const [x, y] = xy(i * step, R_LABEL);
                  return svg`<text class="number" part="number" fill=${textColorOn(fills[i]!)}
                    x=${x} y=${y}>${i + 1}</text>`;
                })}
              </g>
              <path class="halo" d=${selectedPath} aria-hidden="true"></path>
              <path class="ring" d=${selectedPath} aria-hidden="true"></path>
            </g>
          </svg>
          <div class="centre" part="centre" aria-hidden="true">
            <span>${selected.title}</span>
          </div>
        </div>
        ${this.#renderLegend(themes, fills)}
      </div>
      <div class="panels">
        <div
          id="panel"
          class="panel"
          part="panel"
          role="tabpanel"
          aria-labelledby=${`tab-${this.index}`}
          tabindex="0"
        >
          ${this.#renderTheme(selected, s)}
        </div>
        <div class="sizer"></div>
      </div>
      ${credit(this.creditFor(s.credit))}
    </div>`;
  }

  #renderLegend(themes: StrategyTheme[], fills: string[]): TemplateResult {
    // Hidden from assistive technology: the tabs carry the same names.
    return html`<ol class="legend" part="legend" aria-hidden="true">
      ${themes.map(
        (theme, i) =>
          html`<li ?data-selected=${i === this.index} @click=${() => this.#show(i, true)}>
            <svg class="swatch" viewBox="0 0 20 20">
              <rect width="20" height="20" rx="4" fill=${fills[i]!}></rect>
              <text x="10" y="10" fill=${textColorOn(fills[i]!)}>${i + 1}</text>
            </svg>
            <span>${theme.title}</span>
          </li>`,
      )}
    </ol>`;
  }

  /** A theme's title, description, examples and link: the panel's content. */
  #renderTheme(theme: StrategyTheme, s: StrategyWheelStrings): TemplateResult {
    const level = this.#level;
    return html`<div class="title" part="title" role="heading" aria-level=${level}>
        ${theme.title}
      </div>
      ${paragraphs(theme.description, 'description')}
      ${
        theme.examples?.length
          ? html`<div class="examples-heading" role="heading" aria-level=${Math.min(6, level + 1)}>
                ${s.examples}
              </div>
              <ul class="examples" part="examples">
                ${theme.examples.map((example) => html`<li>${example}</li>`)}
              </ul>`
          : nothing
      }
      ${
        theme.link
          ? html`<a class="link" part="link" href=${theme.link.href}>${theme.link.text}</a>`
          : nothing
      }`;
  }
}
