// Generated from src/widgets.json by scripts/entries.mjs: do not edit, run
// `node scripts/entries.mjs`. React 18 wrappers (`@digileder/widgets/react`), made with
// @lit/react: props are set as element properties and the `on…` props listen to the widgets'
// events. Importing this file registers the elements. React 19 needs no wrapper: use the elements
// directly, typed through `@digileder/widgets/jsx`.
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import './tip-carousel/define.js';
import './archetype-quiz/define.js';
import './strategy-wheel/define.js';
import {
  DigiArchetypeQuiz,
  type DigiErrorEvent,
  type DigiQuizAnswerEvent,
  type DigiQuizCompleteEvent,
  type DigiQuizStartEvent,
  DigiStrategyWheel,
  type DigiThemeSelectEvent,
  DigiTipCarousel,
  type DigiTipChangeEvent,
} from './index.js';

/** `<digi-tip-carousel>` for React 18: `onDigiTipChange`, `onDigiError`. */
export const TipCarousel = createComponent({
  tagName: 'digi-tip-carousel',
  elementClass: DigiTipCarousel,
  react: React,
  events: {
    onDigiTipChange: 'digi-tip-change' as EventName<DigiTipChangeEvent>,
    onDigiError: 'digi-error' as EventName<DigiErrorEvent>,
  },
  displayName: 'TipCarousel',
});

/** `<digi-archetype-quiz>` for React 18: `onDigiQuizStart`, `onDigiQuizAnswer`, `onDigiQuizComplete`, `onDigiError`. */
export const ArchetypeQuiz = createComponent({
  tagName: 'digi-archetype-quiz',
  elementClass: DigiArchetypeQuiz,
  react: React,
  events: {
    onDigiQuizStart: 'digi-quiz-start' as EventName<DigiQuizStartEvent>,
    onDigiQuizAnswer: 'digi-quiz-answer' as EventName<DigiQuizAnswerEvent>,
    onDigiQuizComplete: 'digi-quiz-complete' as EventName<DigiQuizCompleteEvent>,
    onDigiError: 'digi-error' as EventName<DigiErrorEvent>,
  },
  displayName: 'ArchetypeQuiz',
});

/** `<digi-strategy-wheel>` for React 18: `onDigiThemeSelect`, `onDigiError`. */
export const StrategyWheel = createComponent({
  tagName: 'digi-strategy-wheel',
  elementClass: DigiStrategyWheel,
  react: React,
  events: {
    onDigiThemeSelect: 'digi-theme-select' as EventName<DigiThemeSelectEvent>,
    onDigiError: 'digi-error' as EventName<DigiErrorEvent>,
  },
  displayName: 'StrategyWheel',
});
