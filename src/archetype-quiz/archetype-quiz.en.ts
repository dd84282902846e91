// English: the UI strings and the built-in quiz. Loaded only when a quiz shows English. The same
// questions, levels and answer orders as the Danish quiz (see archetype-quiz.da.ts for what it
// measures and the order rule); the persona names stay Danish, as in the article.
import type { LanguagePack } from '../core/digi-element.js';
import { coreStringsEn } from '../core/core.en.js';
import type { ArchetypeQuizContent } from './archetype-quiz.types.js';
import type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';

const quiz: ArchetypeQuizContent = {
  archetypes: [
    {
      id: 'anna',
      level: 1,
      name: 'Anna Afventende',
      portrait:
        'Anna does her work carefully and sticks to what she knows. When something new and ' +
        'digital comes along, she prefers to wait until someone has shown her the way.',
      strengths: [
        'Careful and thorough',
        'Sticks with what works',
        'Learns well when someone shows the way',
      ],
      nextStep:
        'Pick one feature you use often and ask a colleague to show it to you. Then try it ' +
        'yourself a few times.',
    },
    {
      id: 'torben',
      level: 2,
      name: 'Torben Tøvende',
      portrait:
        'Torben manages the daily tasks in the systems, but hesitates with new things and would ' +
        'like thorough guidance first. He can often do more than he thinks.',
      strengths: [
        'Manages the daily tasks in the systems',
        'Thoughtful and healthily critical',
        'Knows the main rules for data',
      ],
      nextStep:
        'Sign up for the next course or lunchtime talk on offer, and start using one new feature ' +
        'the week after.',
    },
    {
      id: 'viktor',
      level: 3,
      name: 'Viktor Velvillig',
      portrait:
        'Viktor is positive about new tools and uses them with confidence. He readily takes up ' +
        'new things and backs improvements once others have set them in motion.',
      strengths: [
        'Positive about new tools',
        'Uses the systems confidently day to day',
        'Backs improvements that others suggest',
      ],
      nextStep:
        'Find one work routine that could be easier, and bring your own concrete suggestion to ' +
        'your team or manager.',
    },
    {
      id: 'signe',
      level: 4,
      name: 'Signe Selvkørende',
      portrait:
        'Signe drives her own digital development. She spots opportunities, turns them into ' +
        'better ways of working and considers data ethics and security from the start.',
      strengths: [
        'Gets started on new things by herself',
        'Turns opportunities into better ways of working',
        'Keeps data ethics and security in mind',
      ],
      nextStep:
        'Keep exploring, and share what you learn so your colleagues also move a step further.',
    },
  ],
  questions: [
    {
      id: 'laere-nyt',
      text: 'What do you do when a new system or feature arrives?',
      options: [
        { label: 'I gladly start using it once we have been introduced to it', level: 3 },
        { label: 'I only get started once I have had thorough guidance', level: 2 },
        { label: 'I get going by myself and find out what it can be used for', level: 4 },
        { label: 'I wait until someone shows me how it works', level: 1 },
      ],
    },
    {
      id: 'bruge-hverdag',
      text: 'How do you use the systems you work in every day?',
      options: [
        { label: 'I use the bare essentials and get help with the rest', level: 1 },
        { label: 'I know them well and find shortcuts myself that save time', level: 4 },
        { label: 'I manage the daily tasks but avoid features I don’t know', level: 2 },
        {
          label: 'I use them confidently and take up new things once we are shown them',
          level: 3,
        },
      ],
    },
    {
      id: 'muligheder-arbejdsgang',
      text: 'What do you do when a work routine could be easier?',
      options: [
        { label: 'I suggest a better way and take part in trying it out', level: 4 },
        { label: 'I do as we usually do – it feels safe to know the way', level: 1 },
        { label: 'I back it and join in when others suggest a change', level: 3 },
        { label: 'I think about it but rarely say it out loud', level: 2 },
      ],
    },
    {
      id: 'sikkerhed-borgerdata',
      text: 'How do you handle citizens’ personal data in your work?',
      options: [
        { label: 'I know the main rules and ask when in doubt', level: 2 },
        { label: 'I handle it securely and follow the guidelines', level: 3 },
        { label: 'I do as I was taught but am often unsure what is right', level: 1 },
        { label: 'Beyond the rules, I consider whether the use is fair to the citizen', level: 4 },
      ],
    },
    {
      id: 'dele-greb',
      text: 'What do you do when you have learned a useful digital trick?',
      options: [
        { label: 'I gladly mention it when the talk turns to it', level: 3 },
        { label: 'I tell people about it if someone asks', level: 2 },
        { label: 'I show it, unasked, to colleagues who could use it', level: 4 },
        { label: 'I use it myself – I rarely tell others about such things', level: 1 },
      ],
    },
    {
      id: 'bruge-fast',
      text: 'What do you do when you get stuck in a system?',
      options: [
        { label: 'I set the task aside until someone can help', level: 1 },
        { label: 'I usually find a solution myself, e.g. by searching or trying things', level: 4 },
        { label: 'I ask a colleague I know well straight away', level: 2 },
        { label: 'I use the guide or contact IT support', level: 3 },
      ],
    },
    {
      id: 'laere-kompetencer',
      text: 'How do you keep your digital skills up to date?',
      options: [
        { label: 'I keep up to date and seek out what I need to learn myself', level: 4 },
        { label: 'I mostly learn new things when I can’t avoid it', level: 1 },
        { label: 'I gladly sign up when courses or lunchtime talks are offered', level: 3 },
        { label: 'I go on a course when my manager asks me to', level: 2 },
      ],
    },
    {
      id: 'muligheder-inspiration',
      text: 'What do you do when you hear about a digital tool that others benefit from?',
      options: [
        { label: 'It sounds interesting, but I leave it at that', level: 2 },
        { label: 'I would like to try it if we decide to use it', level: 3 },
        { label: 'I think it is probably not for us', level: 1 },
        { label: 'I look into whether it could work for us and raise it', level: 4 },
      ],
    },
    {
      id: 'sikkerhed-ny-app',
      text: 'What do you do before using a new app in your work?',
      options: [
        { label: 'I check that it is approved before I use it', level: 3 },
        { label: 'I am unsure whether it is allowed, so I leave it', level: 2 },
        {
          label: 'I check whether it is approved and what data it will get access to',
          level: 4,
        },
        { label: 'I don’t think about it – the IT department handles that', level: 1 },
      ],
    },
    {
      id: 'dele-hjaelp',
      text: 'What do you do when a colleague struggles with a system you know?',
      options: [
        { label: 'I leave the helping to others – I am not confident enough', level: 1 },
        { label: 'I offer my help unasked and show how to move on', level: 4 },
        { label: 'I help if I am asked, but only with what I am sure of', level: 2 },
        { label: 'I gladly help when I am asked', level: 3 },
      ],
    },
  ],
};

export const en: LanguagePack<ArchetypeQuizContent, ArchetypeQuizStrings> = {
  strings: {
    ...coreStringsEn,
    title: 'Where are you on the digital ladder?',
    intro:
      'Answer a few short questions about how you work digitally. Afterwards you will see which ' +
      'level you are at, and what your next step could be.',
    duration: '{count} questions · about {minutes} minutes',
    durationOneMinute: '{count} questions · about 1 minute',
    privacy: 'Your answers are not saved or sent anywhere.',
    privacyPersist: 'Your answers are saved only in this browser on this device and never sent.',
    start: 'Start the quiz',
    progress: 'Question {n} of {total}',
    back: 'Back',
    next: 'Next',
    finish: 'See your result',
    answerRequired: 'Choose an answer to continue.',
    resultHeading: 'You are most like {name}',
    level: 'Level {n} of {total}',
    strengths: 'Strengths',
    nextStep: 'Your next step',
    ladder: 'All levels',
    ladderLevel: 'Level {n}',
    yourLevel: 'Your level',
    restart: 'Take the quiz again',
  },
  content: quiz,
};
