// Danish: the UI strings and the built-in quiz, written in our own words. The article "13 råd om
// dit digitale lederskab" names four levels of digital competence (Esbjerg Kommune's personas, from
// the top: Signe Selvkørende, Viktor Velvillig, Torben Tøvende, Anna Afventende); the questions,
// answers and persona texts are ours. Bundled with the widget.
//
// What the quiz measures: observable behaviour on five dimensions the article names, two questions
// each, so each dimension weighs the same. A question's id starts with its dimension:
//   bruge-       using the systems you have
//   laere-       learning new ones
//   muligheder-  seeing possibilities and turning them into better ways of working
//   sikkerhed-   data ethics and security
//   dele-        sharing what you learn
// Each question has one answer per level, and each answer describes that dimension at that level:
// 1 waits for others, 2 manages with guidance but hesitates, 3 is willing and takes part once
// others have set something going, 4 acts on its own and turns possibilities into practice.
// Helping others belongs to the sharing dimension only.
//
// Answer order: never sorted by level, so no position looks "best". Questions take, in turn, the
// orders 3-2-4-1, 1-4-2-3, 4-1-3-2 and 2-3-1-4 (a Latin square: over four questions every level
// stands once in every position), starting again after four. The order is fixed, so saved answers
// (`persist`) stay correct; the English quiz uses the same orders.
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
        'Anna passer sit arbejde grundigt og holder sig til det, hun kender. Når der kommer ' +
        'noget nyt og digitalt, venter hun gerne, til nogen har vist hende vejen.',
      strengths: [
        'Grundig og omhyggelig',
        'Holder fast i det, der virker',
        'Lærer godt, når nogen viser vejen',
      ],
      nextStep:
        'Vælg én funktion, du bruger tit, og få en kollega til at vise dig den. Prøv den ' +
        'derefter selv et par gange.',
    },
    {
      id: 'torben',
      level: 2,
      name: 'Torben Tøvende',
      portrait:
        'Torben klarer de daglige opgaver i systemerne, men tøver over for det nye og vil gerne ' +
        'have en grundig vejledning først. Han kan ofte mere, end han tror.',
      strengths: [
        'Klarer de daglige opgaver i systemerne',
        'Eftertænksom og sundt kritisk',
        'Kender de vigtigste regler for data',
      ],
      nextStep:
        'Meld dig til det næste kursus eller gå-hjem-møde, der bliver tilbudt, og tag én ny ' +
        'funktion i brug ugen efter.',
    },
    {
      id: 'viktor',
      level: 3,
      name: 'Viktor Velvillig',
      portrait:
        'Viktor er positiv over for nye værktøjer og bruger dem trygt. Han tager gerne nyt i ' +
        'brug og bakker op om forbedringer, når andre har sat dem i gang.',
      strengths: [
        'Positiv over for nye værktøjer',
        'Bruger systemerne trygt i hverdagen',
        'Bakker op, når andre foreslår forbedringer',
      ],
      nextStep:
        'Find én arbejdsgang, der kunne være lettere, og kom selv med et konkret forslag til dit ' +
        'team eller din leder.',
    },
    {
      id: 'signe',
      level: 4,
      name: 'Signe Selvkørende',
      portrait:
        'Signe driver selv sin digitale udvikling. Hun ser muligheder, gør dem til bedre måder ' +
        'at arbejde på og tænker dataetik og sikkerhed med fra starten.',
      strengths: [
        'Går selv i gang med nyt',
        'Ser muligheder og gør dem til bedre arbejdsgange',
        'Tænker dataetik og sikkerhed med',
      ],
      nextStep:
        'Bliv ved med at udforske, og del det, du lærer, så dine kolleger også kommer et skridt ' +
        'videre.',
    },
  ],
  questions: [
    {
      id: 'laere-nyt',
      text: 'Hvad gør du, når der kommer et nyt system eller en ny funktion?',
      options: [
        { label: 'Jeg tager det gerne i brug, når vi er blevet introduceret til det', level: 3 },
        { label: 'Jeg går først i gang, når jeg har fået en grundig vejledning', level: 2 },
        { label: 'Jeg går selv i gang og undersøger, hvad det kan bruges til', level: 4 },
        { label: 'Jeg venter, til nogen viser mig, hvordan det virker', level: 1 },
      ],
    },
    {
      id: 'bruge-hverdag',
      text: 'Hvordan bruger du de systemer, du arbejder i hver dag?',
      options: [
        { label: 'Jeg bruger det mest nødvendige og får hjælp til resten', level: 1 },
        { label: 'Jeg kender dem godt og finder selv genveje, der sparer tid', level: 4 },
        { label: 'Jeg klarer det daglige, men undgår funktioner, jeg ikke kender', level: 2 },
        {
          label: 'Jeg bruger dem trygt og tager det nye i brug, når vi får det vist',
          level: 3,
        },
      ],
    },
    {
      id: 'muligheder-arbejdsgang',
      text: 'Hvad gør du, når en arbejdsgang kunne være lettere?',
      options: [
        { label: 'Jeg foreslår en bedre måde og er med til at prøve den af', level: 4 },
        { label: 'Jeg gør, som vi plejer – det er trygt at kende vejen', level: 1 },
        { label: 'Jeg bakker op og er med, når andre foreslår en ændring', level: 3 },
        { label: 'Jeg tænker over det, men siger det sjældent højt', level: 2 },
      ],
    },
    {
      id: 'sikkerhed-borgerdata',
      text: 'Hvordan håndterer du borgernes oplysninger i dit arbejde?',
      options: [
        { label: 'Jeg kender de vigtigste regler og spørger, når jeg er i tvivl', level: 2 },
        { label: 'Jeg håndterer dem sikkert og følger retningslinjerne', level: 3 },
        {
          label: 'Jeg gør, som jeg har lært, men er tit usikker på, hvad der er rigtigt',
          level: 1,
        },
        {
          label: 'Ud over reglerne overvejer jeg, om brugen er rimelig over for borgeren',
          level: 4,
        },
      ],
    },
    {
      id: 'dele-greb',
      text: 'Hvad gør du, når du har lært et nyttigt digitalt greb?',
      options: [
        { label: 'Jeg nævner det gerne, når snakken falder på det', level: 3 },
        { label: 'Jeg fortæller om det, hvis nogen spørger', level: 2 },
        { label: 'Jeg viser det af mig selv til kolleger, der kan bruge det', level: 4 },
        {
          label: 'Jeg bruger det selv – det er sjældent mig, der fortæller om den slags',
          level: 1,
        },
      ],
    },
    {
      id: 'bruge-fast',
      text: 'Hvad gør du, når du sidder fast i et system?',
      options: [
        { label: 'Jeg lægger opgaven til side, til der er nogen, der kan hjælpe', level: 1 },
        {
          label: 'Jeg finder som regel selv en løsning, fx ved at søge eller prøve mig frem',
          level: 4,
        },
        { label: 'Jeg spørger straks en kollega, jeg kender godt', level: 2 },
        { label: 'Jeg bruger vejledningen eller kontakter it-supporten', level: 3 },
      ],
    },
    {
      id: 'laere-kompetencer',
      text: 'Hvordan holder du dine digitale kompetencer ved lige?',
      options: [
        {
          label: 'Jeg holder mig opdateret og opsøger selv det, jeg har brug for at lære',
          level: 4,
        },
        { label: 'Jeg lærer mest nyt, når jeg ikke kan undgå det', level: 1 },
        {
          label: 'Jeg melder mig gerne, når der bliver tilbudt kurser eller gå-hjem-møder',
          level: 3,
        },
        { label: 'Jeg tager på kursus, når min leder beder mig om det', level: 2 },
      ],
    },
    {
      id: 'muligheder-inspiration',
      text: 'Hvad gør du, når du hører om et digitalt værktøj, som andre har gavn af?',
      options: [
        { label: 'Det lyder spændende, men jeg lader det ligge', level: 2 },
        { label: 'Jeg vil gerne prøve det, hvis vi beslutter at bruge det', level: 3 },
        { label: 'Jeg tænker, at det nok ikke er noget for os', level: 1 },
        { label: 'Jeg undersøger, om det kan bruges hos os, og tager det op', level: 4 },
      ],
    },
    {
      id: 'sikkerhed-ny-app',
      text: 'Hvad gør du, før du bruger en ny app i dit arbejde?',
      options: [
        { label: 'Jeg tjekker, at den er godkendt, før jeg bruger den', level: 3 },
        { label: 'Jeg er usikker på, om det er tilladt, og lader den ligge', level: 2 },
        {
          label: 'Jeg tjekker, om den er godkendt, og hvilke data den får adgang til',
          level: 4,
        },
        { label: 'Jeg tænker ikke over det – det klarer it-afdelingen', level: 1 },
      ],
    },
    {
      id: 'dele-hjaelp',
      text: 'Hvad gør du, når en kollega har svært ved et system, du kender?',
      options: [
        { label: 'Jeg lader andre hjælpe – jeg er ikke selv sikker nok', level: 1 },
        { label: 'Jeg tilbyder selv min hjælp og viser, hvordan man kommer videre', level: 4 },
        {
          label: 'Jeg hjælper, hvis jeg bliver spurgt, men kun med det, jeg er sikker på',
          level: 2,
        },
        { label: 'Jeg hjælper gerne, når jeg bliver spurgt', level: 3 },
      ],
    },
  ],
};

export const da: LanguagePack<ArchetypeQuizContent, ArchetypeQuizStrings> = {
  strings: {
    ...coreStringsDa,
    title: 'Hvor er du på den digitale trappe?',
    intro:
      'Svar på nogle korte spørgsmål om, hvordan du arbejder digitalt. Bagefter ser du, hvilket ' +
      'niveau du er på, og hvad dit næste skridt kan være.',
    duration: '{count} spørgsmål · ca. {minutes} minutter',
    durationOneMinute: '{count} spørgsmål · ca. 1 minut',
    privacy: 'Dine svar bliver ikke gemt og sendes ikke videre.',
    privacyPersist: 'Dine svar gemmes kun i denne browser på denne enhed og sendes ikke videre.',
    start: 'Start testen',
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
