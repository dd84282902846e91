// The embed page's title for each widget, in Danish and English: the one text it needs while all
// goes well (the rest of its words, in embed-strings.ts, load only for its help or a refusal).
import type { Lang } from '../core/lang.js';
import type { EmbedWidget } from './embed-params.js';

export const WIDGET_NAMES: Readonly<Record<Lang, Readonly<Record<EmbedWidget, string>>>> = {
  da: {
    'tip-carousel': 'Råd-karrusel',
    'archetype-quiz': 'Selvtest',
    'strategy-wheel': 'Strategihjul',
  },
  en: {
    'tip-carousel': 'Tip carousel',
    'archetype-quiz': 'Self-assessment quiz',
    'strategy-wheel': 'Strategy wheel',
  },
};
