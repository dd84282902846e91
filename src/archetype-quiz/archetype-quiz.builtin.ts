/** Built-in archetype quiz content, written in our own words (personas named as in the article). */

export const quizDa = {
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

export const quizEn = {
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
