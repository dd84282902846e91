/** Built-in strategy themes, written in our own words (theme names as in the article). */

export const themesDa = {
  themes: [
    {
      id: 'velfaerdsteknologi',
      title: 'Morgendagens velfærdsteknologi',
      description:
        'Ny teknologi, der hjælper borgerne med at klare mere selv og giver medarbejderne i ' +
        'velfærden en bedre hverdag.',
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
        'Kommunen bruger sensorer, data og digitale løsninger til at drive byen, bygningerne og ' +
        'miljøet klogere.',
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

export const themesEn = {
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
        'The municipality uses sensors, data and digital solutions to run the town, its ' +
        'buildings and the environment more wisely.',
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
