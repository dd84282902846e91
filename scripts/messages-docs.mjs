// Writes docs/messages.md, "What the messages mean", from the widgets' own message sources: the
// shared strings (src/core/core.da.ts, core.en.ts), the load and content messages
// (src/core/validate.ts) and the quiz's reader message. Each content problem is shown as the
// widget shows it: made from a piece of broken content by a loader of the widget's own schema and
// check (as its lazily loaded loader is made), and checked to be exactly that one problem. What to do about each message is written here, in Danish and English,
// keyed by the message's name: a message with no advice, or advice for a message that no longer
// exists, fails the run. Run with tsx (it imports the TypeScript sources):
//   tsx scripts/messages-docs.mjs            checks docs/messages.md is current (npm test)
//   tsx scripts/messages-docs.mjs --write    rewrites it (npm run docs:messages)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { coreStringsDa } from '../src/core/core.da.js';
import { coreStringsEn } from '../src/core/core.en.js';
import { format } from '../src/core/format.js';
import { SRC_TIMEOUT_MS } from '../src/core/load.js';
import { createLoader, loadMessages, messages, validate } from '../src/core/validate.js';
import {
  archetypeQuizDa,
  archetypeQuizEn,
  archetypeQuizSchema,
  checkQuiz,
} from '../src/archetype-quiz/index.js';
import { checkTips, tipCarouselSchema } from '../src/tip-carousel/index.js';
import { checkWheel, strategyWheelSchema } from '../src/strategy-wheel/index.js';

const target = 'docs/messages.md';
const langs = ['da', 'en'];
const core = { da: coreStringsDa, en: coreStringsEn };
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** An attribute's default as the manifest documents it (the fallback a refused value gets). */
const defaultOf = (tag, attribute) => {
  for (const module of manifest.modules)
    for (const d of module.declarations ?? [])
      if (d.tagName === tag) {
        const found = d.attributes?.find((a) => a.name === attribute)?.default;
        if (found !== undefined) return found;
      }
  throw new Error(`custom-elements.json gives no default for ${tag} ${attribute}`);
};

// ---------------------------------------------------------------------------------------------
// Content that breaks one rule each, for the widget whose format it is: its schema and check,
// and a loader made of them as the widget's own is (src/<widget>/<widget>.schema.ts).

const widget = (schema, check) => ({ schema, check, loader: createLoader(schema, check) });
const tips = widget(tipCarouselSchema, checkTips);
const quiz = widget(archetypeQuizSchema, checkQuiz);
const wheel = widget(strategyWheelSchema, checkWheel);

const archetypes = [
  { id: 'anna', level: 1, name: 'Anna', portrait: 'P', nextStep: 'N' },
  { id: 'signe', level: 2, name: 'Signe', portrait: 'P', nextStep: 'N' },
];
const option = (label, extra) => ({ label, level: 1, ...extra });
const aQuiz = ({ archetype = {}, options } = {}) => ({
  archetypes: [{ ...archetypes[0], ...archetype }, archetypes[1]],
  questions: [{ id: 'q1', text: 'Spørgsmål', options: options ?? [option('A'), option('B')] }],
});
const theme = (i, extra) => ({ id: `tema-${i}`, title: `Tema ${i}`, description: 'D', ...extra });
const aWheel = (first, count = 2) => ({
  themes: Array.from({ length: count }, (_, i) => theme(i + 1, i === 0 ? first : {})),
});
const tip = (extra) => ({ title: 'Råd', body: 'Tekst', ...extra });

/** Per problem code: the widget, the broken content and the path the problem must name. */
const broken = {
  missing: [tips, { tips: [{ body: 'Tekst' }] }, 'tips[0].title'],
  text: [tips, { tips: [tip({ title: ' ' })] }, 'tips[0].title'],
  list: [tips, { tips: 'Råd' }, 'tips'],
  object: [tips, { tips: [tip({ link: 'https://www.kommune.dk' })] }, 'tips[0].link'],
  number: [quiz, aQuiz({ archetype: { level: 'to' } }), 'archetypes[0].level'],
  integer: [quiz, aQuiz({ archetype: { level: 1.5 } }), 'archetypes[0].level'],
  'min-items': [quiz, aQuiz({ options: [option('A')] }), 'questions[0].options'],
  'max-items': [wheel, aWheel({}, 13), 'themes'],
  'min-value': [quiz, aQuiz({ archetype: { level: 0 } }), 'archetypes[0].level'],
  url: [
    tips,
    { tips: [tip({ link: { href: 'javascript:alert(1)', text: 'L' } })] },
    'tips[0].link.href',
  ],
  color: [wheel, aWheel({ color: 'grøn' }), 'themes[0].color'],
  id: [wheel, aWheel({ id: 'Tema 1' }), 'themes[0].id'],
  key: [
    quiz,
    aQuiz({
      options: [
        { label: 'A', weights: { Anna: 1 } },
        { label: 'B', weights: { anna: 1 } },
      ],
    }),
    'questions[0].options[0].weights.Anna',
  ],
  'duplicate-id': [tips, { tips: [tip({ id: 'a' }), tip({ id: 'a' })] }, 'tips[1].id'],
  'unknown-ref': [
    quiz,
    aQuiz({ options: [option('A'), option('B', { level: 3 })] }),
    'questions[0].options[1].level',
  ],
  invalid: [
    quiz,
    aQuiz({ options: [option('A'), { label: 'B', weights: { anna: 1 } }] }),
    'questions[0].options[1].weights',
  ],
};
/**
 * Codes no format uses today, with example params and the JSON Schema keyword that would use
 * them: shown with their wording only. A published schema that starts using one fails the run.
 */
const unused = { 'max-value': { params: { n: 10 }, keyword: '"maximum"' } };
const schemaTexts = readdirSync('schemas')
  .filter((file) => file.endsWith('.schema.json'))
  .map((file) => [file, readFileSync(`schemas/${file}`, 'utf8')]);
for (const [code, { keyword }] of Object.entries(unused))
  for (const [file, text] of schemaTexts)
    if (text.includes(keyword))
      throw new Error(`schemas/${file} uses ${keyword}: give "${code}" an example in broken`);

/** The sentence the widget shows for `content` in `lang`, from its real loader. */
async function shown(widget, content, lang) {
  const outcome = await widget.loader.load({
    source: 'property',
    value: content,
    host: undefined,
    signal: new AbortController().signal,
  });
  if (!outcome || outcome.ok) throw new Error('broken content was accepted');
  return outcome.problem.notice(core[lang], lang);
}

const problems = [];
for (const code of Object.keys(messages.da)) {
  if (Object.hasOwn(unused, code)) {
    problems.push({
      code,
      text: (lang) => `…: ${format(messages[lang][code], unused[code].params)}`,
    });
    continue;
  }
  const example = broken[code];
  if (!example) throw new Error(`No broken content shows the problem "${code}": add it to broken`);
  const [widget, content, path] = example;
  const result = validate(widget.schema, content, widget.check);
  const got = result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`);
  if (got.join() !== `${path} ${code}`)
    throw new Error(`The example for "${code}" should give exactly "${path} ${code}"; got ${got}`);
  const sentences = Object.fromEntries(
    await Promise.all(langs.map(async (lang) => [lang, await shown(widget, content, lang)])),
  );
  problems.push({ code, text: (lang) => sentences[lang] });
}
for (const code of Object.keys(broken))
  if (!Object.hasOwn(messages.da, code)) throw new Error(`broken names no problem code "${code}"`);

// ---------------------------------------------------------------------------------------------
// The advice, per message. `da` for the Danish table, `en` for the English one.

const advice = {
  fetchFailed: {
    da: 'Adressen i `src` er forkert, eller filen ligger ikke på serveren (404 betyder "findes ikke", 403 "ingen adgang"). Åbn adressen i browseren for at se, om filen kommer frem.',
    en: 'The address in `src` is wrong, or the file is not on the server (404 means "not found", 403 "no access"). Open the address in the browser to see whether the file appears.',
  },
  timeout: {
    da: 'Serveren svarer for langsomt eller slet ikke. Genindlæs siden; sker det igen, så bed it-afdelingen se på serveren.',
    en: 'The server answers too slowly or not at all. Reload the page; if it happens again, ask IT to look at the server.',
  },
  networkFailed: {
    da: 'Adressen kan ikke nås, eller filen ligger på en anden server, der ikke tillader, at jeres side henter den (CORS). Læg filen på jeres egen server, ved siden af widget-filerne.',
    en: 'The address cannot be reached, or the file is on another server that does not let your page load it (CORS). Put the file on your own server, beside the widget files.',
  },
  partFailed: {
    da: 'Ikke alle filer fra mappen `dist/cdn/` ligger på serveren. Bed it-afdelingen kopiere hele mappen, ikke kun den ene fil.',
    en: 'Not all files of the `dist/cdn/` folder are on the server. Ask IT to copy the whole folder, not only the one file.',
  },
  invalidJson: {
    da: 'Der mangler eller er et komma, anførselstegn eller en klamme for meget. Åbn filen i byggeren (trin 2), så får du at vide, hvor fejlen er, eller lav indholdet i byggeren fra starten.',
    en: 'A comma, quote or bracket is missing or extra. Open the file in the builder (step 2) to be told where, or make the content in the builder from the start.',
  },
  invalidContent: {
    da: 'Beskeden siger, hvor fejlen er, og hvad der er galt (se tabellen nedenfor). Tallet i klammer tæller fra 0: `tips[1]` er det andet råd.',
    en: 'The message says where the problem is and what is wrong (see the table below). The number in brackets counts from 0: `tips[1]` is the second tip.',
  },
  moreProblems: {
    da: 'Der er flere fejl end den, beskeden nævner. Ret den første, og se, hvad der så kommer; byggeren viser dem alle på én gang.',
    en: 'There are more problems than the one named. Fix the first and see what comes next; the builder shows them all at once.',
  },
  invalidAttribute: {
    da: 'En indstilling i koden har en værdi, widgetten ikke kan bruge. Den virker videre med den værdi, beskeden nævner. Ret værdien i koden, eller slet indstillingen.',
    en: 'A setting in the code has a value the widget cannot use. It carries on with the value the message names. Correct the value in the code, or remove the setting.',
  },
  unsupportedLang: {
    da: 'Kun dansk (`da`) og engelsk (`en`) findes. Ret `lang` på widgetten eller på siden.',
    en: 'Only Danish (`da`) and English (`en`) exist. Correct `lang` on the widget or on the page.',
  },
  answerRequired: {
    da: 'Denne besked er til læseren af selvtesten: vælg et svar, før du går videre. Der er ikke noget at rette.',
    en: 'This one is for the reader of the quiz: choose an answer before going on. There is nothing to correct.',
  },
  'v.missing': {
    da: 'Feltet skal være der. Tilføj det, eller ret stavemåden af feltets navn.',
    en: 'The field must be there. Add it, or correct the spelling of its name.',
  },
  'v.text': {
    da: 'Skriv en tekst i feltet; det må ikke være tomt.',
    en: 'Write some text in the field; it must not be empty.',
  },
  'v.list': {
    da: 'Feltet skal være en liste i firkantede klammer: `[ … ]`.',
    en: 'The field must be a list in square brackets: `[ … ]`.',
  },
  'v.object': {
    da: 'Feltet skal være et objekt i krøllede klammer, fx et link: `{ "href": "…", "text": "…" }`.',
    en: 'The field must be an object in curly brackets, for example a link: `{ "href": "…", "text": "…" }`.',
  },
  'v.number': {
    da: 'Skriv et tal uden anførselstegn: `2`, ikke `"2"` eller `"to"`.',
    en: 'Write a number without quotes: `2`, not `"2"` or `"two"`.',
  },
  'v.integer': {
    da: 'Skriv et helt tal, uden decimaler.',
    en: 'Write a whole number, without decimals.',
  },
  'v.min-items': {
    da: 'Listen har for få elementer. Tilføj flere.',
    en: 'The list has too few items. Add more.',
  },
  'v.max-items': {
    da: 'Listen har for mange elementer. Fjern nogle, eller del indholdet på flere widgets.',
    en: 'The list has too many items. Remove some, or spread the content over several widgets.',
  },
  'v.min-value': { da: 'Tallet er for lille.', en: 'The number is too small.' },
  'v.max-value': { da: 'Tallet er for stort.', en: 'The number is too large.' },
  'v.url': {
    da: 'Et link skal begynde med `https://` eller `http://` eller være en adresse på jeres eget site, fx `/nyheder`. Andre slags links vises ikke, af sikkerhedshensyn.',
    en: 'A link must start with `https://` or `http://` or be an address on your own site, such as `/news`. Other kinds of link are refused, for safety.',
  },
  'v.color': {
    da: 'Skriv farven som en kode med # og seks tegn fra 0-9 og a-f. Byggeren har en farvevælger.',
    en: 'Write the colour as a code with # and six characters from 0-9 and a-f. The builder has a colour picker.',
  },
  'v.id': {
    da: 'Et id må kun have små bogstaver (a-z), tal og bindestreger, fx `tema-1`: ingen mellemrum og ingen æ, ø eller å.',
    en: 'An id may only hold lower-case letters (a-z), digits and hyphens, such as `theme-1`: no spaces.',
  },
  'v.key': {
    da: 'Navnet før kolon skal være id’et på en af personaerne, skrevet præcis som dens `id`.',
    en: 'The name before the colon must be the id of one of the personas, written exactly as its `id`.',
  },
  'v.duplicate-id': {
    da: 'To elementer har samme id (eller to personaer samme niveau). Giv hvert sit eget.',
    en: 'Two items have the same id (or two personas the same level). Give each its own.',
  },
  'v.unknown-ref': {
    da: 'Svaret peger på et niveau eller en persona, der ikke findes. Ret tallet eller navnet, så det passer til en af personaerne.',
    en: 'The answer points to a level or persona that does not exist. Correct the number or name to match one of the personas.',
  },
  'v.invalid': {
    da: 'Værdien kan ikke bruges her. I selvtesten: alle svar skal enten have et `level` eller `weights`, ikke begge, og ikke nogle det ene og andre det andet.',
    en: 'The value cannot be used here. In the quiz: every answer must have either a `level` or `weights`, not both, and not some one and some the other.',
  },
};

// ---------------------------------------------------------------------------------------------
// The rows, by group, each in both languages.

const src = '/filer/raad.json';
const headings = new Set(['loading', 'errorHeading', 'warningHeading']);
const attributeExample = {
  name: 'interval',
  value: '-1',
  fallback: defaultOf('digi-tip-carousel', 'interval'),
};
const sentence = {
  fetchFailed: (lang) => format(loadMessages[lang].fetchFailed, { src, status: 404 }),
  timeout: (lang) => format(loadMessages[lang].timeout, { src, seconds: SRC_TIMEOUT_MS / 1000 }),
  networkFailed: (lang) => format(loadMessages[lang].networkFailed, { src }),
  partFailed: (lang) => core[lang].partFailed,
  invalidJson: (lang) => loadMessages[lang].invalidJson,
  invalidContent: (lang) => problems.find((p) => p.code === 'text').text(lang),
  moreProblems: (lang) => format(loadMessages[lang].moreProblems, { count: 2 }),
  invalidAttribute: (lang) => format(core[lang].invalidAttribute, attributeExample),
  unsupportedLang: (lang) => format(core[lang].unsupportedLang, { value: 'de' }),
  answerRequired: (lang) =>
    ({ da: archetypeQuizDa, en: archetypeQuizEn })[lang].strings.answerRequired,
};

// Every message of the sources has a sentence and advice, and nothing else has.
const sources = [
  ...Object.keys(coreStringsDa).filter((key) => !headings.has(key)),
  ...Object.keys(loadMessages.da),
  'answerRequired',
  ...Object.keys(messages.da).map((code) => `v.${code}`),
];
const missing = sources.filter((key) => !advice[key] || (!key.startsWith('v.') && !sentence[key]));
const stale = Object.keys(advice).filter((key) => !sources.includes(key));
if (missing.length || stale.length) {
  if (missing.length)
    console.error(`Messages without a sentence or advice here: ${missing.join(', ')}`);
  if (stale.length) console.error(`Advice for messages that no longer exist: ${stale.join(', ')}`);
  process.exit(1);
}

const words = {
  da: {
    heading: 'På dansk',
    intro: [
      `Når indholdet ikke kan bruges, viser widgetten en kort besked i stedet for indholdet, der begynder med »${coreStringsDa.errorHeading}:«. Når en indstilling eller sproget ikke kan bruges, virker widgetten videre, og beskeden står over den og begynder med »${coreStringsDa.warningHeading}:«. Resten af siden virker som før, og de andre widgets på den også.`,
      `Eksemplerne viser beskeden, som den ser ud med filen \`${src}\`.`,
    ],
    message: 'Besked',
    todo: 'Hvad du gør',
    groups: {
      load: 'Indholdet kan ikke hentes',
      content: 'Indholdet er ikke skrevet rigtigt',
      problems: 'Hvad der er galt med et felt',
      problemsIntro:
        'Efter stedet (fx `tips[0].title`) siger beskeden, hvad der er galt. Eksemplerne er lavet af widgetten selv, med indhold, der har netop den fejl.',
      attributes: 'Indstillinger og sprog',
      reader: 'Til læseren',
    },
    unused: '(Ingen af formaterne bruger den i dag.)',
  },
  en: {
    heading: 'In English',
    intro: [
      `When the content cannot be used, the widget shows a short message instead of it, starting “${coreStringsEn.errorHeading}:”. When a setting or the language cannot be used, the widget works on and the message stands above it, starting “${coreStringsEn.warningHeading}:”. The rest of the page works as before, and so do the other widgets on it.`,
      `The examples show the message as it reads with the file \`${src}\`.`,
    ],
    message: 'Message',
    todo: 'What to do',
    groups: {
      load: 'The content cannot be loaded',
      content: 'The content is not written correctly',
      problems: 'What is wrong with a field',
      problemsIntro:
        'After the place (such as `tips[0].title`) the message says what is wrong. The examples are made by the widget itself, from content with exactly that problem.',
      attributes: 'Settings and language',
      reader: 'For the reader',
    },
    unused: '(None of the formats uses it today.)',
  },
};

const quote = (text) => `_${text.replace(/\|/g, '\\|').replace(/_/g, '\\_')}_`;
const row = (text, todo) => `| ${quote(text)} | ${todo.replace(/\|/g, '\\|')} |`;
const group = (lang, title, keys, intro) => [
  `### ${title}`,
  '',
  ...(intro ? [intro, ''] : []),
  `| ${words[lang].message} | ${words[lang].todo} |`,
  '| --- | --- |',
  ...keys.map((key) => {
    if (!key.startsWith('v.')) return row(sentence[key](lang), advice[key][lang]);
    const code = key.slice(2);
    const problem = problems.find((p) => p.code === code);
    const note = Object.hasOwn(unused, code) ? ` ${words[lang].unused}` : '';
    // The full sentence is in the content group; here only the place and the problem.
    const prefix = format(loadMessages[lang].invalidContent, { problem: '' });
    return row(problem.text(lang).replace(prefix, ''), advice[key][lang] + note);
  }),
  '',
];

const page = [
  '<!-- Generated by scripts/messages-docs.mjs from the widgets’ message sources (src/core/, the',
  'quiz’s strings). Do not edit: change the advice in the script, then run `npm run docs:messages`. -->',
  '',
  '# Hvad beskederne betyder / What the messages mean',
  '',
  'Dansk: [På dansk](#på-dansk). English: [In English](#in-english).',
  '',
  '![En rådkarrusel med en besked i stedet for rådene: indholdet er ikke gyldig JSON. / A tip carousel showing a message instead of its tips: the content is not valid JSON.](images/message.png)',
  '',
  ...langs.flatMap((lang) => {
    const w = words[lang];
    return [
      `## ${w.heading}`,
      '',
      ...w.intro.flatMap((p) => [p, '']),
      ...group(lang, w.groups.load, ['fetchFailed', 'timeout', 'networkFailed', 'partFailed']),
      ...group(lang, w.groups.content, ['invalidJson', 'invalidContent', 'moreProblems']),
      ...group(
        lang,
        w.groups.problems,
        Object.keys(messages.da).map((code) => `v.${code}`),
        w.groups.problemsIntro,
      ),
      ...group(lang, w.groups.attributes, ['invalidAttribute', 'unsupportedLang']),
      ...group(lang, w.groups.reader, ['answerRequired']),
    ];
  }),
].join('\n');

const options = { ...(await prettier.resolveConfig(target)), filepath: target };
const generated = await prettier.format(page, options);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // No page yet: the check fails below.
}
if (process.argv.includes('--write')) {
  writeFileSync(target, generated);
  console.log(`${target} written: ${sources.length} messages in Danish and English.`);
} else if (current !== generated) {
  console.error(`${target} is out of date with the message sources. Run: npm run docs:messages`);
  process.exit(1);
} else {
  console.log(`${target} matches the message sources (${sources.length} messages).`);
}
