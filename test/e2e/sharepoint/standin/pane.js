// The stand-in's property pane: draws a web part's IPropertyPaneConfiguration as plain, labelled
// form controls (SharePoint draws the same fields with Fluent UI) and sends each edit back as
// SharePoint does. Text fields with `onGetErrorMessage` are checked `deferredValidationTime` ms
// after the last key (on load too, when they hold a value); the message appears under the field
// (role="alert", the field aria-invalid) and the value is then applied, valid or not, as SPFx
// 1.23's pane does. A field being checked carries `data-checking`.
(() => {
  const { FieldType } = window.spStandIn;
  let serial = 0;

  const el = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === undefined) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
    node.append(...children);
    return node;
  };

  function textField(f, value, apply) {
    const p = f.properties;
    const id = `pane-${f.targetProperty}`;
    const input = el(p.multiline ? 'textarea' : 'input', {
      id,
      name: f.targetProperty,
      rows: p.multiline ? p.rows : undefined,
      spellcheck: p.multiline ? 'false' : undefined,
    });
    input.value = value ?? '';
    const describedBy = [];
    const wrapper = el('div', { class: 'field' }, el('label', { for: id }, p.label));
    wrapper.append(input);
    if (p.description) {
      wrapper.append(el('p', { class: 'description', id: `${id}-description` }, p.description));
      describedBy.push(`${id}-description`);
    }
    const error = el('p', { class: 'error', id: `${id}-error`, role: 'alert' });
    wrapper.append(error);
    input.setAttribute('aria-describedby', [...describedBy, `${id}-error`].join(' '));
    let timer;
    let latest = 0;
    const check = async (text) => {
      const mine = ++latest;
      wrapper.setAttribute('data-checking', '');
      const message = await p.onGetErrorMessage(text);
      if (mine !== latest) return;
      error.textContent = message || '';
      input.toggleAttribute('aria-invalid', Boolean(message));
      if (message) input.setAttribute('aria-invalid', 'true');
      wrapper.removeAttribute('data-checking');
      apply(text);
    };
    input.addEventListener('input', () => {
      if (!p.onGetErrorMessage) {
        apply(input.value);
        return;
      }
      clearTimeout(timer);
      wrapper.setAttribute('data-checking', '');
      timer = setTimeout(() => void check(input.value), p.deferredValidationTime ?? 200);
    });
    if (p.onGetErrorMessage && input.value) void check(input.value);
    return wrapper;
  }

  function dropdown(f, value, apply) {
    const id = `pane-${f.targetProperty}`;
    const select = el('select', { id, name: f.targetProperty });
    f.properties.options.forEach((option, index) => {
      select.append(el('option', { value: index, selected: option.key === value }, option.text));
    });
    select.addEventListener('change', () => apply(f.properties.options[select.value].key));
    return el('div', { class: 'field' }, el('label', { for: id }, f.properties.label), select);
  }

  function choiceGroup(f, value, apply) {
    const set = el('fieldset', { class: 'field' }, el('legend', {}, f.properties.label));
    for (const option of f.properties.options) {
      const id = `pane-${f.targetProperty}-${option.key}`;
      const radio = el('input', {
        type: 'radio',
        id,
        name: f.targetProperty,
        value: option.key,
        checked: option.key === value,
      });
      radio.addEventListener('change', () => radio.checked && apply(option.key));
      set.append(el('div', { class: 'choice' }, radio, el('label', { for: id }, option.text)));
    }
    return set;
  }

  function toggle(f, value, apply, get) {
    const id = `pane-${f.targetProperty}`;
    const p = f.properties;
    const state = el(
      'span',
      { class: 'state', 'aria-hidden': 'true' },
      value ? p.onText : p.offText,
    );
    const button = el(
      'button',
      {
        type: 'button',
        id,
        role: 'switch',
        'aria-checked': Boolean(value),
        'aria-labelledby': `${id}-label`,
      },
      el('span', { class: 'track', 'aria-hidden': 'true' }),
    );
    button.addEventListener('click', () => {
      const next = !get();
      button.setAttribute('aria-checked', String(next));
      state.textContent = next ? p.onText : p.offText;
      apply(next);
    });
    return el(
      'div',
      { class: 'field toggle' },
      el('span', { class: 'label', id: `${id}-label` }, p.label),
      el('div', { class: 'switch' }, button, state),
    );
  }

  function slider(f, value, apply) {
    const id = `pane-${f.targetProperty}`;
    const p = f.properties;
    const input = el('input', { type: 'range', id, min: p.min, max: p.max, step: p.step ?? 1 });
    input.value = value;
    const output = el('output', { for: id }, String(value));
    input.addEventListener('input', () => {
      output.textContent = input.value;
      apply(Number(input.value));
    });
    return el('div', { class: 'field' }, el('label', { for: id }, p.label), input, output);
  }

  const renderers = {
    [FieldType.TextField]: textField,
    [FieldType.Dropdown]: dropdown,
    [FieldType.ChoiceGroup]: choiceGroup,
    [FieldType.Toggle]: toggle,
    [FieldType.Slider]: slider,
    [FieldType.Label]: (f) => el('p', { class: 'field note' }, f.properties.text),
  };

  /**
   * Shows the pane of the web part behind `handle` (from spStandIn.mount) in `container`, with
   * the web part's title; redraws on every `context.propertyPane.refresh()`, keeping focus.
   */
  async function openPane(handle, container, title) {
    const draw = () => {
      const focused = document.activeElement?.id;
      const { pages } = pane.configuration();
      const body = el('div', { class: 'pane-body' });
      for (const page of pages) {
        if (page.header?.description)
          body.append(el('p', { class: 'pane-description' }, page.header.description));
        for (const group of page.groups) {
          const headingId = `pane-group-${++serial}`;
          const section = el('section', { 'aria-labelledby': headingId });
          section.append(el('h3', { id: headingId }, group.groupName));
          for (const f of group.groupFields) {
            const render = renderers[f.type];
            if (!render) throw new Error(`the stand-in pane cannot draw field type ${f.type}`);
            const get = () => handle.properties[f.targetProperty];
            const apply = (value) => handle.setProperty(f.targetProperty, value);
            section.append(render(f, get(), apply, get));
          }
          body.append(section);
        }
      }
      container.replaceChildren(el('h2', { class: 'pane-title' }, title), body);
      if (focused) document.getElementById(focused)?.focus();
    };
    const pane = await handle.openPane(draw);
    draw();
    return pane;
  }

  window.spStandIn.openPane = openPane;
})();
