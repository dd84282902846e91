import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../core/define.js';
import { tipCarouselLimits, type Tip, type TipCarouselContent } from '../../tip-carousel/index.js';
import { BuilderFormBase } from './form-base.js';
import { join, records, str } from './paths.js';

/**
 * The editor's form for the tip carousel's content: the tips, each with a title, a text, an
 * optional link and an optional id, added, removed and reordered with buttons.
 *
 * @tagname digi-builder-tips-form
 * @summary Edits a TipCarouselContent draft.
 *
 * @fires {DraftChangeEvent} draft-change - On every edit, with the whole new draft.
 */
export class DigiBuilderTipsForm extends BuilderFormBase<TipCarouselContent> {
  protected override renderForm(): TemplateResult {
    const tips = records<Tip>(this.draft.tips);
    return this.renderList<Tip>({
      path: 'tips',
      noun: 'tip',
      label: this.s.tipsHeading,
      items: tips,
      limits: tipCarouselLimits.tips,
      headings: true,
      title: (tip) => str(tip.title),
      create: () => ({ title: '', body: '' }),
      renderItem: (tip, path) => this.renderTip(tip, path),
    });
  }

  private renderTip(tip: Tip, path: string): TemplateResult {
    return html`${this.renderField({
      path: join(path, 'title'),
      label: this.s.tipTitle,
      value: tip.title,
    })}
    ${this.renderField({
      path: join(path, 'body'),
      label: this.s.tipBody,
      value: tip.body,
      multiline: true,
      hint: this.s.bodyHint,
    })}
    ${this.renderLink(join(path, 'link'), tip.link)}
    ${this.renderId(join(path, 'id'), tip.id, false)}`;
  }
}

defineElement('digi-builder-tips-form', DigiBuilderTipsForm);

declare global {
  interface HTMLElementTagNameMap {
    'digi-builder-tips-form': DigiBuilderTipsForm;
  }
}
