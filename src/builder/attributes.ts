// A directive that sets a changing set of attributes on an element: each named one with its value
// (`true` for a boolean attribute), and removes those it set before that are no longer named or
// are `undefined`. Lit binds one attribute at a time; the kinds name theirs as a record.
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Attributes } from './kinds.js';

class AttributesDirective extends Directive {
  private set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  // The attributes are set in update(), where the element is at hand.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_attributes: Attributes): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [attributes]: [Attributes]): typeof noChange {
    const element = part.element;
    const now = new Set<string>();
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      now.add(name);
      const text = value === true ? '' : value;
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
    for (const name of this.set) if (!now.has(name)) element.removeAttribute(name);
    this.set = now;
    return noChange;
  }
}

/** Sets `attributes` on the element it is bound to (see the module comment). */
export const attributes = directive(AttributesDirective);
