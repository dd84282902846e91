// Helpers that run inside the test page (installed by `install` with evaluateOnNewDocument, so
// the function must not use anything from this module's scope). They read the widgets' shadow
// roots and computed styles and answer with plain data.

/** Installs `window.__hosts`. */
export function install() {
  /** The element that has focus, inside shadow roots. */
  const deepActive = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  /** A short name for an element: tag, part or id, and its text or label. */
  const describe = (el) => {
    if (!el) return '(nothing)';
    const part = el.getAttribute('part');
    const label =
      el.getAttribute('aria-label') ||
      (el.closest('label')?.textContent ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const id = part
      ? `[part=${part}]`
      : el.id
        ? `#${el.id}`
        : el.className
          ? `.${el.className}`
          : '';
    const type = el.type ? `[type=${el.type}]` : '';
    return `<${el.localName}${id}${type}${label ? ` "${label.slice(0, 30)}"` : ''}>`;
  };

  /** [r, g, b, a] from a computed colour ('rgb()', 'rgba()' or 'color(srgb …)'). */
  const rgba = (value) => {
    const n = (value.match(/[\d.]+/g) ?? []).map(Number);
    if (value.startsWith('color(srgb'))
      return [n[0] * 255, n[1] * 255, n[2] * 255, n.length > 3 ? n[3] : 1];
    return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n.length > 3 ? n[3] : 1];
  };

  const luminance = ([r, g, b]) => {
    const c = (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };

  /** The contrast ratio of two computed colours (alpha ignored). */
  const contrast = (a, b) => {
    const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };

  const parent = (el) => el.parentElement ?? el.getRootNode().host ?? null;

  /** The page's canvas colour (Canvas: white, or the forced-colour theme's background). */
  const canvas = () => {
    const probe = document.createElement('i');
    probe.style.backgroundColor = 'Canvas';
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  };

  /** The colour behind an element: the first opaque background of it or its ancestors. */
  const background = (el) => {
    for (let e = el; e; e = parent(e)) {
      const bg = getComputedStyle(e).backgroundColor;
      if (rgba(bg)[3] > 0.5) return bg;
    }
    return canvas();
  };

  /** True when the element is drawn: not inert, not hidden, has a box. */
  const shown = (el) => {
    if (el.closest('[inert]')) return false;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };

  const CONTROLS = 'button, input, select, textarea, a[href], [role="tab"], [tabindex="0"]';

  /** The widget's shown controls. */
  const controls = (host) => [...host.shadowRoot.querySelectorAll(CONTROLS)].filter(shown);

  /** A visible line around the element (border or outline) against `bg`, or ''. */
  const edge = (style, bg) => {
    for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
      const width = parseFloat(style[`border${side}Width`]);
      if (
        style[`border${side}Style`] !== 'none' &&
        width >= 1 &&
        contrast(style[`border${side}Color`], bg) >= 3
      )
        return `border ${width}px ${style[`border${side}Color`]}`;
    }
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1)
      if (contrast(style.outlineColor, bg) >= 3) return `outline ${style.outlineColor}`;
    return '';
  };

  /** How a control shows itself against its background, or '' when it cannot be seen. */
  const visibility = (el) => {
    const bg = background(parent(el) ?? el);
    if (el.localName === 'g') {
      const shape = el.querySelector('.shape');
      const s = getComputedStyle(shape);
      return s.stroke !== 'none' &&
        parseFloat(s.strokeWidth) >= 1 &&
        contrast(s.stroke, s.fill) >= 3
        ? `stroke ${s.stroke} on ${s.fill}`
        : '';
    }
    if (el.localName === 'input' && (el.type === 'radio' || el.type === 'checkbox')) {
      // Drawn by the system in its own colours; appearance must not be turned off.
      return getComputedStyle(el).appearance !== 'none' ? 'native control' : '';
    }
    const style = getComputedStyle(el);
    const own = edge(style, bg);
    if (own) return own;
    const fill = rgba(style.backgroundColor)[3] > 0.5 ? style.backgroundColor : bg;
    if (fill !== bg && contrast(fill, background(parent(el))) >= 3) return `background ${fill}`;
    const before = getComputedStyle(el, '::before');
    if (before.content !== 'none') {
      const mark = edge(before, fill);
      if (mark) return `::before ${mark}`;
    }
    const text = el.textContent.trim();
    if (text && contrast(style.color, fill) >= 4.5) return `text ${style.color} on ${fill}`;
    for (const icon of el.querySelectorAll('svg')) {
      const s = getComputedStyle(icon);
      const paint = [s.stroke, s.fill].find((c) => c !== 'none' && rgba(c)[3] > 0);
      if (paint && contrast(paint, fill) >= 3) return `icon ${paint} on ${fill}`;
    }
    return '';
  };

  /**
   * The focus indicator of the focused element: its own outline, the outline of the label around
   * a radio, or the ring drawn over the selected wheel segment.
   */
  const ring = (el) => {
    if (el.localName === 'g' && el.getAttribute('role') === 'tab') {
      const path = el.ownerSVGElement.querySelector('.ring');
      const s = getComputedStyle(path);
      return {
        on: '.ring',
        style: s.stroke === 'none' ? 'none' : 'solid',
        width: parseFloat(s.strokeWidth),
        contrast: contrast(s.stroke, background(el.ownerSVGElement)),
      };
    }
    const target = el.localName === 'input' ? (el.closest('label') ?? el) : el;
    const s = getComputedStyle(target);
    return {
      on: target === el ? 'itself' : `<${target.localName}>`,
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      contrast: contrast(s.outlineColor, background(parent(target) ?? target)),
    };
  };

  /** Shown texts whose colour is too close to the colour behind them (3:1 in forced colours). */
  const faintTexts = (host, min) => {
    const faint = [];
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.data.trim() || !el || !shown(el)) continue;
      let ratio;
      if (el instanceof SVGElement) {
        // Text on a wheel segment or a legend swatch: against the shape beneath it.
        const s = getComputedStyle(el);
        const under = el.parentElement.querySelector('.shape, circle');
        ratio = contrast(s.fill, under ? getComputedStyle(under).fill : background(el));
      } else ratio = contrast(getComputedStyle(el).color, background(el));
      if (ratio < min) faint.push(`${describe(el)} ${ratio.toFixed(2)}:1`);
    }
    return faint;
  };

  /** Elements that cut off their content (overflow hidden or clip, and more content than box). */
  const clippedBoxes = (host, exempt) => {
    const found = [];
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el instanceof SVGElement || ['input', 'progress'].includes(el.localName)) continue;
      if (!shown(el) || (exempt && el.matches(exempt))) continue;
      const s = getComputedStyle(el);
      const cuts = (v) => v === 'hidden' || v === 'clip';
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // visually hidden on purpose
      if (cuts(s.overflowX) && el.scrollWidth > el.clientWidth)
        found.push(`${describe(el)} cuts ${el.scrollWidth - el.clientWidth}px sideways`);
      if (cuts(s.overflowY) && el.scrollHeight > el.clientHeight)
        found.push(`${describe(el)} cuts ${el.scrollHeight - el.clientHeight}px at the bottom`);
    }
    // And nothing drawn outside the widget's own box, where the page may cut it off.
    const box = host.getBoundingClientRect();
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > box.right + 1 || r.left < box.left - 1)
        found.push(
          `${describe(el)} sticks out of the widget (${r.left}–${r.right} of ${box.left}–${box.right})`,
        );
    }
    return found;
  };

  /**
   * Shown controls smaller than 24 × 24 CSS px that the spacing exception of WCAG 2.2 2.5.8 does
   * not save: a 24 px circle centred on such a target must not touch another target, nor the
   * circle of another small one. `spaced` lists the small ones it saves.
   */
  const smallTargets = (host) => {
    const targets = controls(host)
      .filter((el) => el.getAttribute('tabindex') !== '0' || el.matches('button, a, [role="tab"]'))
      .map((el) => {
        // A radio's target is its whole label.
        const target = el.localName === 'input' ? (el.closest('label') ?? el) : el;
        const r = target.getBoundingClientRect();
        return { el, r, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    const small = targets.filter(({ r }) => r.width < 23.99 || r.height < 23.99);
    const distance = (t, r) =>
      Math.hypot(
        Math.max(r.left - t.x, 0, t.x - r.right),
        Math.max(r.top - t.y, 0, t.y - r.bottom),
      );
    const name = ({ el, r }) => `${describe(el)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`;
    const result = { crowded: [], spaced: [] };
    for (const t of small) {
      const touches =
        targets.some((o) => o !== t && distance(t, o.r) < 12) ||
        small.some((o) => o !== t && Math.hypot(o.x - t.x, o.y - t.y) < 24);
      result[touches ? 'crowded' : 'spaced'].push(name(t));
    }
    return result;
  };

  window.__hosts = {
    deepActive,
    describe,
    rgba,
    contrast,
    background,
    shown,
    controls,
    visibility,
    ring,
    faintTexts,
    clippedBoxes,
    smallTargets,
  };
}
