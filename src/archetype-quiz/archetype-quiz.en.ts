// English: the UI strings and the built-in quiz. Loaded only when a quiz shows English.
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
        'Anna does her work carefully and safely. When something new and digital comes along, ' +
        'she prefers to wait until a colleague has shown her the way.',
      strengths: ['Careful and thorough', 'Asks when in doubt', 'Sticks with what works'],
      nextStep:
        'Pick one feature in a system you use every day and try it yourself before asking. Jot ' +
        'down what you learned.',
    },
    {
      id: 'torben',
      level: 2,
      name: 'Torben Tøvende',
      portrait:
        'Torben can do more than he thinks. He hesitates a little with new things, but once he ' +
        'gets going he manages well.',
      strengths: [
        'Knows the systems he uses every day',
        'Thoughtful and healthily critical',
        'Learns well by trying things out',
      ],
      nextStep:
        'Sign up for a short course or a lunchtime talk, and try one new feature in the week ' +
        'after.',
    },
    {
      id: 'viktor',
      level: 3,
      name: 'Viktor Velvillig',
      portrait:
        'Viktor is positive about new tools and uses them well day to day. He happily takes on ' +
        'new things once others have set them in motion.',
      strengths: [
        'Open and curious',
        'Uses tools confidently and efficiently',
        'Happy to help when asked',
      ],
      nextStep:
        'Find one work routine that could be smarter, and bring a concrete suggestion to your ' +
        'team or manager.',
    },
    {
      id: 'signe',
      level: 4,
      name: 'Signe Selvkørende',
      portrait:
        'Signe drives her own digital development and finds new and better ways to get the work ' +
        'done. She keeps up to date and is willing to try things out.',
      strengths: [
        'Gets started on her own',
        'Spots room for improvement',
        'Keeps security and data ethics in mind',
      ],
      nextStep:
        'Share what you know: show a colleague a handy trick, or give a short talk for your team ' +
        'so more people come along.',
    },
  ],
  questions: [
    {
      id: 'nye-systemer',
      text: 'What do you do when a new system or feature arrives?',
      options: [
        { label: 'I wait until a colleague shows me how it works', level: 1 },
        { label: 'I get started once I’ve had some guidance', level: 2 },
        { label: 'I try it myself and soon use it in my work', level: 3 },
        { label: 'I explore it and work out how we can get the most from it', level: 4 },
      ],
    },
    {
      id: 'hjaelp',
      text: 'What do you do when you get stuck in a digital tool?',
      options: [
        { label: 'I set the task aside until someone can help', level: 1 },
        { label: 'I ask a colleague I know well', level: 2 },
        { label: 'I look it up in guides or contact IT support', level: 3 },
        { label: 'I find a fix and write it down so others can use it too', level: 4 },
      ],
    },
    {
      id: 'videndeling',
      text: 'How do you share knowledge about digital tools with colleagues?',
      options: [
        { label: 'I rarely share – I’d rather listen in', level: 1 },
        { label: 'I’m happy to answer if someone asks me', level: 2 },
        { label: 'I tell others when I discover something useful', level: 3 },
        { label: 'I show colleagues new tricks and gladly help others get started', level: 4 },
      ],
    },
    {
      id: 'borgerdata',
      text: 'How do you handle citizens’ data in your work?',
      options: [
        { label: 'I follow the rules but am often unsure what is right', level: 1 },
        { label: 'I know the main rules and ask when in doubt', level: 2 },
        { label: 'I handle data securely and think about who needs it', level: 3 },
        { label: 'I build data ethics in from the start and raise it with others', level: 4 },
      ],
    },
    {
      id: 'bedre-arbejdsgange',
      text: 'What do you do when you see a work routine that could be easier?',
      options: [
        { label: 'I do as we usually do – it feels safe to know the way', level: 1 },
        { label: 'I think about it but rarely say it out loud', level: 2 },
        { label: 'I mention it to my manager or colleagues', level: 3 },
        { label: 'I make a concrete suggestion and gladly help test it', level: 4 },
      ],
    },
    {
      id: 'laering',
      text: 'How do you keep your digital skills up to date?',
      options: [
        { label: 'I mostly learn when my work requires it', level: 1 },
        { label: 'I join courses when they’re offered', level: 2 },
        { label: 'I seek out courses, talks and good guides myself', level: 3 },
        { label: 'I keep learning and like to share it, e.g. at a show-and-tell', level: 4 },
      ],
    },
    {
      id: 'data-i-arbejdet',
      text: 'How do you use data in your work?',
      options: [
        { label: 'I rarely use data – I’m happy to leave that to others', level: 1 },
        { label: 'I look at the figures I’m sent when there’s a need', level: 2 },
        { label: 'I fetch data myself and use it to plan my work', level: 3 },
        { label: 'I use data to find improvements and share what I see', level: 4 },
      ],
    },
    {
      id: 'moeder-samarbejde',
      text: 'How do you use digital meeting and collaboration tools?',
      options: [
        { label: 'I join online meetings when others have set them up', level: 1 },
        { label: 'I can host an online meeting and share files with a little help', level: 2 },
        { label: 'I use them confidently for meetings, chat and shared documents', level: 3 },
        { label: 'I find new ways to work together and help others get going', level: 4 },
      ],
    },
  ],
};

export const en: LanguagePack<ArchetypeQuizContent, ArchetypeQuizStrings> = {
  strings: {
    ...coreStringsEn,
    title: 'What kind of digital colleague are you?',
    intro:
      'Answer a few short questions about how you work digitally. Afterwards you will see which ' +
      'type you are most like, and what your next step could be.',
    duration: '{count} questions · about {minutes} minutes',
    durationOneMinute: '{count} questions · about 1 minute',
    privacy: 'Your answers stay on this computer and are not sent anywhere.',
    start: 'Start',
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
