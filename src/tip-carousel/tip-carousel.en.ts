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
        'Make digitalisation a political matter for the city or municipal council. Help the ' +
        'politicians understand what it means – including for how citizens meet the municipality ' +
        'digitally.',
    },
    {
      id: 'konkret',
      title: 'Digitalisation is concrete',
      body:
        'As an abstract idea, digitalisation can feel distant. Talk about concrete projects ' +
        'instead: a new school platform, a new care records system, a course in a new ' +
        'professional system. Then it makes sense to more people.',
    },
    {
      id: 'kompetencer',
      title: 'Digital skills must be developed and maintained',
      body:
        'You don’t need to be the most skilled user, but you do need to keep up your digital ' +
        'literacy and be able to spot opportunities and turn them into better ways of working. ' +
        'Let staff learn one step at a time, for example through courses and lunchtime talks.',
    },
    {
      id: 'kulturforskelle',
      title: 'Be mindful of profession-specific and local cultural differences',
      body:
        'Professions and local units each have their own culture. A new documentation system is ' +
        'not received the same way in family services as among social and health care ' +
        'assistants. See the differences and respect them.',
    },
    {
      id: 'strategi',
      title: 'Make your digital strategy manageable',
      body:
        'Split the strategy into a few themes, each with a clear profile, so it is workable. ' +
        'Make sure vision, policies and strategies hang together, so staff and citizens can see ' +
        'the point.',
    },
    {
      id: 'faelles-strategier',
      title: 'Keep an eye on joint municipal and public-sector strategies',
      body:
        'Follow the joint municipal and public-sector strategies, such as those of KL, the ' +
        'association of Danish municipalities. Don’t let one-off solutions set the course. Let ' +
        'the market gain the first experience, and keep to the bigger picture.',
    },
    {
      id: 'hygiejnefaktor',
      title: 'Treat digitalisation as a hygiene factor',
      body:
        'Don’t see digitalisation as the rescue of a strained budget, but as a basic condition ' +
        'for running a municipality. It can ease the pressure, but demanding savings from the ' +
        'start can create resistance. If it is not cheaper, citizens may still get better ' +
        'service.',
    },
    {
      id: 'data-paa-tvaers',
      title: 'Use data across the organisation to build cohesion',
      body:
        'Data that is created and used the same way can be reused across departments. That opens ' +
        'new possibilities, gives insight into the whole organisation and ties it more closely ' +
        'together.',
    },
    {
      id: 'borgervaerdi',
      title: 'Keep sight of digitalisation’s value for citizens',
      body:
        'When you digitalise, remember that the administration exists for citizens and ' +
        'businesses. They expect to be met in a friendly, efficient way, digitally too. Good ' +
        'data that can be reused across services makes a big difference.',
    },
    {
      id: 'taenk-fremad',
      title: 'Think ahead about your municipality’s opportunities and challenges',
      body:
        'Demographics will probably make it harder to recruit enough of the right staff. Build ' +
        'digital solutions in now, so the municipality can get the work done with fewer hands.',
    },
    {
      id: 'genbrug',
      title: 'Think reuse and scalability',
      body:
        'Build solutions that can be reused and scaled, with well-thought-out concepts and data ' +
        'models and building blocks from the common municipal framework architecture. Then a ' +
        'solution from elderly care, for example, can also serve employment services.',
    },
    {
      id: 'frygten-for-data',
      title: 'Fight the fear of data',
      body:
        'Take citizens’ concerns about how their data is used seriously – many politicians share ' +
        'them. Make data ethics part of your leadership, and build security into every solution, ' +
        'so it becomes both safe and better.',
    },
    {
      id: 'vedholdende-pres',
      title: 'Use your power and keep up steady pressure',
      body:
        'Expect to use more of your clout as a leader than you think, and keep backing the ' +
        'processes you set in motion. They do not run by themselves.',
    },
  ],
};

export const en: LanguagePack<TipCarouselContent, TipCarouselStrings> = {
  strings: {
    ...coreStringsEn,
    label: '13 tips on digital leadership',
    customLabel: 'Tips',
    credit:
      'Adapted from the Danish article “13 råd om dit digitale lederskab” with the municipal ' +
      'directors Rikke Vestergaard, Esbjerg Municipality, and Claus Thykjær, Greve Municipality.',
    carousel: 'carousel',
    slide: 'tip',
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
