// Registers the embed builder and its content forms (and, through the builder, the three
// widgets for the preview). Loaded by the builder page only; never by the widget bundles.
import { defineElement } from '../core/define.js';
import { DigiEmbedBuilder } from './embed-builder.js';
import './forms/quiz-form.js';
import './forms/tips-form.js';
import './forms/wheel-form.js';

defineElement('digi-embed-builder', DigiEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'digi-embed-builder': DigiEmbedBuilder;
  }
}

export { DigiEmbedBuilder };
