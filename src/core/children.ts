/**
 * A widget's light-DOM children that can hold content: every child element but `script`,
 * `template`, `style` and `noscript`.
 */
export const CONTENT_CHILDREN = ':scope > :not(script, template, style, noscript)';
