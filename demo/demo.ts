// The demo page's own behaviour: a language switch and a log of the widgets' events.
const toggle = document.querySelector<HTMLButtonElement>('#lang-toggle');
toggle?.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'da';
  toggle.setAttribute('aria-pressed', String(english));
  toggle.textContent = english ? 'Vis på dansk' : 'Show in English';
});

const log = document.querySelector('#event-log');
const events = [
  'digi-tip-change',
  'digi-error',
  'digi-quiz-start',
  'digi-quiz-answer',
  'digi-quiz-complete',
  'digi-theme-select',
];
for (const type of events) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify((event as CustomEvent).detail)}`;
    log?.prepend(item);
    while (log && log.children.length > 5) log.lastElementChild?.remove();
  });
}
