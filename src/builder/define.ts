// Registers the embed builder and its content forms (and, through the builder, the three
// widgets for the preview). Loaded by the builder page only; never by the widget bundles.
import { defineElement } from '../core/define.js';
import { DigiEmbedBuilder } from './embed-builder.js';
import { DigiBuilderQuizForm } from './forms/quiz-form.js';
import { DigiBuilderTipsForm } from './forms/tips-form.js';
import { DigiBuilderWheelForm } from './forms/wheel-form.js';

// The forms register themselves too; naming them here keeps a bundler that trusts the package's
// `sideEffects` list (which names only define files) from dropping them. Registering twice is a
// no-op.
defineElement('digi-builder-tips-form', DigiBuilderTipsForm);
defineElement('digi-builder-quiz-form', DigiBuilderQuizForm);
defineElement('digi-builder-wheel-form', DigiBuilderWheelForm);
defineElement('digi-embed-builder', DigiEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'digi-embed-builder': DigiEmbedBuilder;
  }
}

export { DigiEmbedBuilder };
