import { html, type TemplateResult } from 'lit';
import { defineElement } from '../../core/define.js';
import type { Tip, TipCarouselContent } from '../../tip-carousel/tip-carousel.content.js';
import { tipCarouselSchema } from '../../tip-carousel/tip-carousel.schema.js';
import { BuilderFormBase, listLimits } from './form-base.js';
import { followTitle, join, records, str, REMOVE, setIn } from './paths.js';

const TIPS = listLimits(tipCarouselSchema, 'tips');

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
      limits: TIPS,
      headings: true,
      title: (tip) => str(tip.title),
      create: () => ({ title: '', body: '' }),
      renderItem: (tip, path, i) => this.renderTip(tip, path, i, tips),
    });
  }

  private renderTip(tip: Tip, path: string, index: number, tips: readonly Tip[]): TemplateResult {
    const onTitle = (title: string) => {
      let draft = setIn(this.draft, join(path, 'title'), title);
      if (tip.id !== undefined) {
        const taken = new Set(
          tips.filter((_, i) => i !== index).flatMap((t) => (t.id ? [t.id] : [])),
        );
        const id = followTitle(tip.id, str(tip.title), title, 'raad', taken);
        if (id !== tip.id) draft = setIn(draft, join(path, 'id'), id ?? REMOVE);
      }
      this.commit(draft);
    };
    return html`${this.renderField({
      path: join(path, 'title'),
      label: this.s.tipTitle,
      value: tip.title,
      onInput: onTitle,
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
