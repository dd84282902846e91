// Danish: the UI strings and the built-in quiz, written in our own words (personas named as in the
// article "13 råd om dit digitale lederskab"). Bundled with the widget.
import type { LanguagePack } from '../core/digi-element.js';
import { coreStringsDa } from '../core/core.da.js';
import type { ArchetypeQuizContent } from './archetype-quiz.types.js';
import type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';

const quiz: ArchetypeQuizContent = {
  archetypes: [
    {
      id: 'anna',
      level: 1,
      name: 'Anna Afventende',
      portrait:
        'Anna passer sit arbejde grundigt og sikkert. Når der kommer noget nyt og digitalt, ' +
        'venter hun gerne, til en kollega har vist hende vejen.',
      strengths: [
        'Grundig og omhyggelig',
        'Spørger, når hun er i tvivl',
        'Holder fast i det, der virker',
      ],
      nextStep:
        'Vælg én funktion i et system, du bruger hver dag, og prøv den selv, før du spørger. ' +
        'Skriv ned, hvad du lærte.',
    },
    {
      id: 'torben',
      level: 2,
      name: 'Torben Tøvende',
      portrait:
        'Torben kan mere, end han selv tror. Han tøver lidt over for nyt, men når han først er i ' +
        'gang, klarer han sig fint.',
      strengths: [
        'Kan de systemer, han bruger til daglig',
        'Eftertænksom og sundt kritisk',
        'Lærer godt ved selv at prøve',
      ],
      nextStep:
        'Meld dig til et kort kursus eller et gå-hjem-møde, og afprøv én ny funktion i ugen ' +
        'efter.',
    },
    {
      id: 'viktor',
      level: 3,
      name: 'Viktor Velvillig',
      portrait:
        'Viktor er positiv over for nye værktøjer og bruger dem godt i hverdagen. Han tager ' +
        'gerne imod nyt, når andre har sat det i gang.',
      strengths: [
        'Åben og nysgerrig',
        'Bruger værktøjerne sikkert og effektivt',
        'Hjælper gerne, når nogen spørger',
      ],
      nextStep:
        'Find én arbejdsgang, der kunne gøres smartere, og kom med et konkret forslag til dit ' +
        'team eller din leder.',
    },
    {
      id: 'signe',
      level: 4,
      name: 'Signe Selvkørende',
      portrait:
        'Signe driver selv sin digitale udvikling og finder nye og bedre måder at løse opgaverne ' +
        'på. Hun holder sig opdateret og tør prøve ting af.',
      strengths: [
        'Går selv i gang',
        'Ser muligheder for forbedring',
        'Tænker sikkerhed og dataetik med',
      ],
      nextStep:
        'Del det, du ved: Vis en kollega et smart greb, eller hold et kort oplæg for dit team, ' +
        'så flere kommer med.',
    },
  ],
  questions: [
    {
      id: 'nye-systemer',
      text: 'Hvad gør du, når der kommer et nyt system eller en ny funktion?',
      options: [
        { label: 'Jeg venter, til en kollega viser mig, hvordan det virker', level: 1 },
        { label: 'Jeg går i gang, når jeg har fået en vejledning', level: 2 },
        { label: 'Jeg prøver det selv og bruger det hurtigt i mit arbejde', level: 3 },
        { label: 'Jeg udforsker det og finder ud af, hvordan vi får mest ud af det', level: 4 },
      ],
    },
    {
      id: 'hjaelp',
      text: 'Hvad gør du, når du sidder fast i et digitalt værktøj?',
      options: [
        { label: 'Jeg lægger opgaven til side, til der er nogen, der kan hjælpe', level: 1 },
        { label: 'Jeg spørger en kollega, jeg kender godt', level: 2 },
        { label: 'Jeg søger selv i vejledninger eller kontakter it-supporten', level: 3 },
        {
          label: 'Jeg finder en løsning og skriver den ned, så andre også kan bruge den',
          level: 4,
        },
      ],
    },
    {
      id: 'videndeling',
      text: 'Hvordan deler du viden om digitale værktøjer med dine kolleger?',
      options: [
        { label: 'Det er sjældent mig, der deler – jeg lytter hellere med', level: 1 },
        { label: 'Jeg svarer gerne, hvis nogen spørger mig', level: 2 },
        { label: 'Jeg fortæller af mig selv, når jeg opdager noget nyttigt', level: 3 },
        { label: 'Jeg viser kolleger nye greb og hjælper gerne andre i gang', level: 4 },
      ],
    },
    {
      id: 'borgerdata',
      text: 'Hvordan håndterer du borgernes data i dit arbejde?',
      options: [
        { label: 'Jeg følger reglerne, men er tit usikker på, hvad der er rigtigt', level: 1 },
        { label: 'Jeg kender de vigtigste regler og spørger, når jeg er i tvivl', level: 2 },
        { label: 'Jeg håndterer data sikkert og tænker over, hvem der har brug for dem', level: 3 },
        { label: 'Jeg tænker dataetik ind fra start og gør andre opmærksomme på det', level: 4 },
      ],
    },
    {
      id: 'bedre-arbejdsgange',
      text: 'Hvad gør du, når du ser en arbejdsgang, der kunne være lettere?',
      options: [
        { label: 'Jeg gør, som vi plejer – det er trygt at kende vejen', level: 1 },
        { label: 'Jeg tænker over det, men siger det sjældent højt', level: 2 },
        { label: 'Jeg nævner det for min leder eller mine kolleger', level: 3 },
        {
          label: 'Jeg kommer med et konkret forslag og hjælper gerne med at afprøve det',
          level: 4,
        },
      ],
    },
    {
      id: 'laering',
      text: 'Hvordan holder du dine digitale kompetencer ved lige?',
      options: [
        { label: 'Jeg lærer mest, når det er nødvendigt for mit arbejde', level: 1 },
        { label: 'Jeg tager med på kurser, når de bliver tilbudt', level: 2 },
        { label: 'Jeg opsøger selv kurser, oplæg og gode vejledninger', level: 3 },
        { label: 'Jeg lærer løbende og deler det gerne, fx på et gå-hjem-møde', level: 4 },
      ],
    },
    {
      id: 'data-i-arbejdet',
      text: 'Hvordan bruger du data i dit arbejde?',
      options: [
        { label: 'Jeg bruger sjældent data – det overlader jeg gerne til andre', level: 1 },
        { label: 'Jeg kigger på de tal, jeg får tilsendt, når der er brug for det', level: 2 },
        { label: 'Jeg henter selv data og bruger dem til at planlægge mit arbejde', level: 3 },
        { label: 'Jeg bruger data til at finde forbedringer og deler det, jeg ser', level: 4 },
      ],
    },
    {
      id: 'moeder-samarbejde',
      text: 'Hvordan bruger du digitale møde- og samarbejdsværktøjer?',
      options: [
        { label: 'Jeg deltager i onlinemøder, når andre har sat dem op', level: 1 },
        { label: 'Jeg kan holde et onlinemøde og dele filer med lidt hjælp', level: 2 },
        { label: 'Jeg bruger dem trygt til møder, chat og fælles dokumenter', level: 3 },
        { label: 'Jeg finder nye måder at samarbejde på og hjælper andre godt i gang', level: 4 },
      ],
    },
  ],
};

export const da: LanguagePack<ArchetypeQuizContent, ArchetypeQuizStrings> = {
  strings: {
    ...coreStringsDa,
    title: 'Hvilken digital type er du?',
    intro:
      'Svar på nogle korte spørgsmål om, hvordan du arbejder digitalt. Du ser bagefter, hvilken ' +
      'type du ligner mest, og hvad dit næste skridt kan være.',
    duration: '{count} spørgsmål · ca. {minutes} minutter',
    durationOneMinute: '{count} spørgsmål · ca. 1 minut',
    privacy: 'Dine svar bliver på denne computer og sendes ikke videre.',
    start: 'Start',
    progress: 'Spørgsmål {n} af {total}',
    back: 'Tilbage',
    next: 'Næste',
    finish: 'Se dit resultat',
    answerRequired: 'Vælg et svar for at gå videre.',
    resultHeading: 'Du ligner mest {name}',
    level: 'Niveau {n} af {total}',
    strengths: 'Styrker',
    nextStep: 'Dit næste skridt',
    ladder: 'Alle niveauer',
    ladderLevel: 'Niveau {n}',
    yourLevel: 'Dit niveau',
    restart: 'Tag testen igen',
  },
  content: quiz,
};
