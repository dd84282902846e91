// English: the UI strings and the built-in tips. Loaded only when a carousel shows English.
import type { LanguagePack } from '../core/digi-element.js';
import { coreStringsEn } from '../core/core.en.js';
import type { TipCarouselContent } from './tip-carousel.types.js';
import type { TipCarouselStrings } from './tip-carousel.strings.js';

const tips: TipCarouselContent = {
  tips: [
    {
      id: 'vedkommende',
      title: 'Make digitalisation relevant',
      body:
        'Help elected members and colleagues see what digitalisation means in practice, not ' +
        'least for how citizens meet the municipality online. When politicians grasp why it ' +
        'matters, it is easier to set priorities and make sound decisions.',
    },
    {
      id: 'konkret',
      title: 'Digitalisation is concrete',
      body:
        'As an abstract word, digitalisation can feel distant. Talk instead about the tangible ' +
        'things: a new school platform, a new case records system or a course in a new ' +
        'professional system. When it is concrete, it makes sense to more people.',
    },
    {
      id: 'kompetencer',
      title: 'Digital skills must be developed and maintained',
      body:
        'You don’t need to be the most skilled user, but you do need to spot opportunities and ' +
        'turn them into better ways of working. Keep your own knowledge fresh, and let staff ' +
        'learn one step at a time – through courses, knowledge sharing and short talks.',
    },
    {
      id: 'kulturforskelle',
      title: 'Be mindful of profession-specific and local cultural differences',
      body:
        'Professional groups react to new technology in different ways. A new documentation ' +
        'system may be received one way in family services and quite another in elderly care. Be ' +
        'curious about the differences and respect them when you plan.',
    },
    {
      id: 'strategi',
      title: 'Make your digital strategy manageable',
      body:
        'A strategy is easier to work with when it is split into a few themes, each with a clear ' +
        'profile. Make sure vision, policies and strategies pull in the same direction, so staff ' +
        'and citizens can see the point.',
    },
    {
      id: 'faelles-strategier',
      title: 'Keep an eye on joint municipal and public-sector strategies',
      body:
        'Follow the strategies that municipalities and the wider public sector share. Avoid ' +
        'chasing every new one-off solution; let others gain the first experience, and stick to ' +
        'the bigger picture.',
    },
    {
      id: 'hygiejnefaktor',
      title: 'Treat digitalisation as a hygiene factor',
      body:
        'Digitalisation is not a shortcut to big savings but a basic condition for running a ' +
        'modern municipality. Demanding gains from day one can create resistance. Remember that ' +
        'the gain may also be better service for citizens.',
    },
    {
      id: 'data-paa-tvaers',
      title: 'Use data across the organisation to build cohesion',
      body:
        'When data is created and recorded the same way, it can be reused across departments. ' +
        'That gives a better overview of what happens throughout the organisation and ties the ' +
        'work more closely together.',
    },
    {
      id: 'borgervaerdi',
      title: 'Keep sight of digitalisation’s value for citizens',
      body:
        'Citizens and businesses are the reason the municipality exists. They expect friendly, ' +
        'efficient service, online too. Data that can be reused across services makes it easier ' +
        'to give them a joined-up experience.',
    },
    {
      id: 'taenk-fremad',
      title: 'Think ahead about your municipality’s opportunities and challenges',
      body:
        'No one can predict the future, but much suggests it will get harder to recruit enough ' +
        'staff. Consider now where digital solutions can ease the load, so you are better ' +
        'prepared when there are fewer hands.',
    },
    {
      id: 'genbrug',
      title: 'Think reuse and scalability',
      body:
        'Build solutions so they can be used again. Shared concepts, consistent data models and ' +
        'reusable building blocks let you take a solution from one area and extend it to others, ' +
        'for example from elderly care to employment services.',
    },
    {
      id: 'frygten-for-data',
      title: 'Fight the fear of data',
      body:
        'Take citizens’ concerns about their data seriously, and make data ethics a natural part ' +
        'of your leadership. With good security habits, a digital solution can be both safe and ' +
        'better.',
    },
    {
      id: 'vedholdende-pres',
      title: 'Use your power and keep up steady pressure',
      body:
        'Digital change rarely happens by itself. Expect to use your influence as a leader and ' +
        'keep backing the processes – long after they have been launched.',
    },
  ],
};

export const en: LanguagePack<TipCarouselContent, TipCarouselStrings> = {
  strings: {
    ...coreStringsEn,
    label: '13 tips on digital leadership',
    customLabel: 'Tips',
    carousel: 'carousel',
    slide: 'slide',
    position: '{n} of {total}',
    previous: 'Previous tip',
    next: 'Next tip',
    picker: 'Choose a tip',
    pickerItem: 'Tip {n}: {title}',
    startRotation: 'Start automatic rotation',
    stopRotation: 'Stop automatic rotation',
  },
  content: tips,
};
