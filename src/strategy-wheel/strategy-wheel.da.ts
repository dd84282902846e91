// Danish: the UI strings and the built-in themes: Esbjerg Kommune's five themes, as the article "13
// råd om dit digitale lederskab" names them, described in our own words (the credit line says so).
// Bundled with the widget.
import type { LanguagePack } from '../core/digi-element.js';
import { coreStringsDa } from '../core/core.da.js';
import type { StrategyWheelContent } from './strategy-wheel.types.js';
import type { StrategyWheelStrings } from './strategy-wheel.strings.js';

const themes: StrategyWheelContent = {
  themes: [
    {
      id: 'velfaerdsteknologi',
      title: 'Morgendagens velfærdsteknologi',
      description:
        'Ny teknologi, der hjælper borgerne med at klare mere selv og giver medarbejderne på ' +
        'velfærdsområdet en bedre hverdag.',
      examples: [
        'Skærmbesøg i hjemmeplejen',
        'Sensorer, der varsler ved fald',
        'Medicindispensere i eget hjem',
      ],
    },
    {
      id: 'sammenhaengende-service',
      title: 'Sammenhængende service',
      description:
        'Borgere og virksomheder skal opleve én kommune – uanset hvilken afdeling de har fat i, ' +
        'og om de henvender sig digitalt eller ansigt til ansigt.',
      examples: [
        'Én indgang til selvbetjening',
        'Fælles overblik over borgerens sager',
        'Besked om sagens status i Digital Post',
      ],
    },
    {
      id: 'smart-kommune',
      title: 'En smart kommune',
      description:
        'Kommunen bruger sensorer, data og digitale løsninger til at drive by og bygninger ' +
        'klogere og passe bedre på miljøet.',
      examples: [
        'Sensorer, der styrer lys og varme i bygninger',
        'Affaldsbeholdere, der melder, når de er fulde',
        'Data om trafik og parkering',
      ],
    },
    {
      id: 'administrative-processer',
      title: 'Effektive administrative processer',
      description:
        'Rutineopgaver bliver løst hurtigere og mere ensartet med digitale værktøjer, så ' +
        'medarbejderne får mere tid til det, der kræver faglighed.',
      examples: [
        'Softwarerobotter til rutineopgaver',
        'Digital håndtering af fakturaer',
        'Automatisk journalisering af indgående post',
      ],
    },
    {
      id: 'kompetencer-til-fremtiden',
      title: 'Kompetencer til fremtiden',
      description:
        'Medarbejdere og ledere får løbende den digitale viden, de har brug for, så de kan bruge ' +
        'nye værktøjer trygt og se nye muligheder.',
      examples: [
        'Kurser i nye fagsystemer',
        'Gå-hjem-møder med videndeling',
        'Digitale ambassadører i alle afdelinger',
      ],
    },
  ],
};

export const da: LanguagePack<StrategyWheelContent, StrategyWheelStrings> = {
  strings: {
    ...coreStringsDa,
    label: 'Esbjerg Kommunes digitaliseringstemaer',
    customLabel: 'Temaer',
    credit:
      'Temaerne er Esbjerg Kommunes, fra artiklen »13 råd om dit digitale lederskab« med ' +
      'kommunaldirektørerne Rikke Vestergaard, Esbjerg Kommune, og Claus Thykjær, Greve Kommune. ' +
      'Beskrivelser og eksempler er til inspiration.',
    examples: 'Eksempler',
  },
  content: themes,
};
