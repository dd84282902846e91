// English: the UI strings and the built-in themes. Loaded only when a wheel shows English.
import type { LanguagePack } from '../core/digi-element.js';
import { coreStringsEn } from '../core/core.en.js';
import type { StrategyWheelContent } from './strategy-wheel.types.js';
import type { StrategyWheelStrings } from './strategy-wheel.strings.js';

const themes: StrategyWheelContent = {
  themes: [
    {
      id: 'velfaerdsteknologi',
      title: 'Tomorrow’s welfare technology',
      description:
        'New technology that helps citizens manage more on their own and gives welfare staff a ' +
        'better working day.',
      examples: [
        'Video visits in home care',
        'Sensors that alert staff to falls',
        'Medicine dispensers in the home',
      ],
    },
    {
      id: 'sammenhaengende-service',
      title: 'Joined-up services',
      description:
        'Citizens and businesses should experience one municipality, whichever department they ' +
        'deal with and whether they get in touch online or in person.',
      examples: [
        'One entry point for self-service',
        'A shared overview of a citizen’s cases',
        'Case status updates via digital mail',
      ],
    },
    {
      id: 'smart-kommune',
      title: 'A smart municipality',
      description:
        'The municipality uses sensors, data and digital solutions to run the town and its ' +
        'buildings more wisely and take better care of the environment.',
      examples: [
        'Sensors that control lighting and heating in buildings',
        'Bins that report when they are full',
        'Data on traffic and parking',
      ],
    },
    {
      id: 'administrative-processer',
      title: 'Efficient administrative processes',
      description:
        'Routine tasks are handled faster and more consistently with digital tools, leaving ' +
        'staff more time for work that needs professional judgement.',
      examples: [
        'Software robots for routine tasks',
        'Digital invoice handling',
        'Automatic filing of incoming mail',
      ],
    },
    {
      id: 'kompetencer-til-fremtiden',
      title: 'Skills for the future',
      description:
        'Staff and managers keep gaining the digital know-how they need to use new tools with ' +
        'confidence and spot new opportunities.',
      examples: [
        'Courses in new professional systems',
        'Lunchtime talks to share knowledge',
        'Digital champions in every department',
      ],
    },
  ],
};

export const en: LanguagePack<StrategyWheelContent, StrategyWheelStrings> = {
  strings: {
    ...coreStringsEn,
    label: 'Esbjerg Municipality’s digitalisation themes',
    customLabel: 'Themes',
    credit:
      'The themes are Esbjerg Municipality’s, from the Danish article “13 råd om dit digitale ' +
      'lederskab” with the municipal directors Rikke Vestergaard, Esbjerg Municipality, and ' +
      'Claus Thykjær, Greve Municipality. Descriptions and examples are for inspiration.',
    examples: 'Examples',
  },
  content: themes,
};
