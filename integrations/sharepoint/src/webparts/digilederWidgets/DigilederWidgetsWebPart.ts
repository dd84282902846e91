// The SharePoint Online web part: one @digileder/widgets widget on a modern page, configured in
// the property pane, in the site's colours. The widgets come from the package (registered once a
// page, first definition wins); the element is built with DOM APIs and replaced, never patched,
// when its settings change, so a removed widget takes its timers and requests with it.
import { Version } from '@microsoft/sp-core-library';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import {
  checkContent,
  defineWidgets,
  PALETTE,
  WIDGETS,
  type ContentInput,
  type WidgetName,
} from '@digileder/widgets/integration.js';
import { adoptStyles, NOTICE_CLASS, ROOT_CLASS } from './layout';
import {
  DEFAULTS,
  resolveAddress,
  settingsOf,
  type IDigilederWidgetsWebPartProps,
  type WidgetSettings,
} from './properties';
import { addressText, fill, paneLang, type AddressStrings } from './strings';
import { applyLook, themeLook, type SemanticColors } from './theme';

defineWidgets();

const TAGS = Object.fromEntries(WIDGETS.map(({ name, tag }) => [name, tag])) as Record<
  WidgetName,
  string
>;

/** The choices that change which fields the pane shows. */
const PANE_SHAPING = new Set(['widget', 'contentSource', 'autoplay', 'start']);

/** What the element is, as a string: equal settings, same element. */
const signature = (settings: WidgetSettings): string => JSON.stringify(settings);

export default class DigilederWidgetsWebPart extends BaseClientSideWebPart<IDigilederWidgetsWebPartProps> {
  private root?: HTMLDivElement;
  private rendered = '';
  private theme: SemanticColors | undefined;
  private readonly checks = new Map<string, AbortController>();
  private pane?: typeof import('./pane');

  protected override onInit(): Promise<void> {
    adoptStyles(this.domElement.ownerDocument, TAGS);
    for (const [key, value] of Object.entries(DEFAULTS))
      if (!(key in this.properties))
        (this.properties as unknown as Record<string, unknown>)[key] = value;
    return super.onInit();
  }

  public override render(): void {
    const settings = this.settings();
    if (!this.root || !this.domElement.contains(this.root)) {
      this.root = this.domElement.ownerDocument.createElement('div');
      this.root.className = ROOT_CLASS;
      this.domElement.replaceChildren(this.root);
      this.rendered = '';
    }
    this.applyTheme(settings.widget);
    const key = signature(settings);
    if (key === this.rendered) return;
    this.rendered = key;
    this.root.replaceChildren(this.createWidget(settings));
  }

  protected override onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme?.semanticColors;
    // Only the colours change: the widget keeps its state (SPFx asks web parts not to render here).
    this.applyTheme(this.settings().widget);
  }

  protected override onDispose(): void {
    for (const check of this.checks.values()) check.abort();
    this.checks.clear();
    this.root?.remove();
    this.root = undefined;
    this.rendered = '';
    super.onDispose();
  }

  protected override get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected override onPropertyPaneFieldChanged(path: string): void {
    if (PANE_SHAPING.has(path)) this.context.propertyPane.refresh();
  }

  protected override async loadPropertyPaneResources(): Promise<void> {
    this.pane = await import(/* webpackChunkName: 'digileder-pane' */ './pane');
  }

  protected override getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    // SharePoint asks for the pane only after loadPropertyPaneResources() has resolved.
    if (!this.pane) return { pages: [] };
    const lang = paneLang(this.uiCulture());
    const strings = this.pane.paneStrings(lang);
    return this.pane.paneConfiguration({
      properties: { ...DEFAULTS, ...this.properties },
      strings,
      checkAddress: (value) => this.checkAddress(value, addressText(lang)),
      checkJson: (value) => this.checkJson(value, strings.pastedMissing),
    });
  }

  /** The theme's colours on the root, where the widget inherits them. */
  private applyTheme(widget: WidgetName): void {
    if (!this.root) return;
    applyLook(this.root, themeLook(this.theme, widget === 'strategy-wheel' ? PALETTE : []));
  }

  private settings(): WidgetSettings {
    return settingsOf(this.properties, this.uiCulture(), this.pageUrl());
  }

  private uiCulture(): string {
    return this.context.pageContext.cultureInfo.currentUICultureName;
  }

  private pageUrl(): string {
    return this.domElement.ownerDocument.location.href;
  }

  /** The widget element for `settings`, or a notice when its address cannot be used. */
  private createWidget(settings: WidgetSettings): HTMLElement {
    const doc = this.domElement.ownerDocument;
    const { content } = settings;
    if (content.kind === 'address' && !content.check.ok) {
      const notice = doc.createElement('p');
      notice.className = NOTICE_CLASS;
      notice.setAttribute('role', 'alert');
      notice.lang = settings.lang;
      notice.textContent = this.addressProblem(content.check.problem, addressText(settings.lang));
      return notice;
    }
    const element = doc.createElement(settings.tag) as HTMLElement & {
      label?: string;
      headingLevel?: number;
    };
    element.lang = settings.lang;
    if (settings.label) element.label = settings.label;
    if (settings.headingLevel) element.headingLevel = settings.headingLevel;
    for (const [name, value] of Object.entries(settings.attributes))
      element.setAttribute(name, value === true ? '' : value);
    if (content.kind === 'address' && content.check.ok)
      element.setAttribute('src', content.check.url);
    if (content.kind === 'pasted') {
      // The widget's inline JSON: a data block browsers never run, which the widget parses,
      // checks and, when it is wrong, explains itself.
      const data = doc.createElement('script');
      data.type = 'application/json';
      data.textContent = content.json;
      element.append(data);
    }
    return element;
  }

  private addressProblem(problem: 'missing' | 'invalid' | 'foreign', s: AddressStrings): string {
    if (problem === 'missing') return s.addressMissing;
    if (problem === 'invalid') return s.addressInvalid;
    return fill(s.addressForeign, { origin: new URL(this.pageUrl()).origin });
  }

  /**
   * The widget's own message about `input` in the pane's language, or `''` when it is good. A
   * newer check of the same field aborts this one, which then gives `''` (its answer is stale).
   */
  private async checkField(field: string, input: ContentInput): Promise<string> {
    this.checks.get(field)?.abort();
    const controller = new AbortController();
    this.checks.set(field, controller);
    const { widget } = this.settings();
    const lang = paneLang(this.uiCulture());
    const result = await checkContent(widget, input, lang, controller.signal);
    if (this.checks.get(field) === controller) this.checks.delete(field);
    return result && !result.ok ? result.message : '';
  }

  private checkAddress(value: string, s: AddressStrings): Promise<string> {
    const address = resolveAddress(value, this.pageUrl());
    if (!address.ok) return Promise.resolve(this.addressProblem(address.problem, s));
    return this.checkField('contentAddress', { src: address.url });
  }

  private checkJson(value: string, missing: string): Promise<string> {
    if (!value.trim()) return Promise.resolve(missing);
    return this.checkField('contentJson', { text: value });
  }
}
