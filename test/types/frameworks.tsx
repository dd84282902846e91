// Type test, compiled by `npm run typecheck` and never run: the React 18 wrappers and the React 19
// JSX types accept the widgets' props and events, and refuse wrong ones.
import type {} from '../../src/jsx.js';
import { ArchetypeQuiz, StrategyWheel, TipCarousel } from '../../src/react.js';
import type { DigiTipChangeEvent } from '../../src/tip-carousel/index.js';

const logIndex = (event: DigiTipChangeEvent) => event.detail.index;

/** React 18: the @lit/react wrappers, with camel-cased event props typed by the event classes. */
export function WithWrappers() {
  return (
    <>
      <TipCarousel
        autoplay
        interval={15}
        lang="en"
        start="today"
        headingLevel={2}
        content={{ tips: [{ title: 'Hej', body: 'Verden' }] }}
        onDigiTipChange={(event) => console.log(event.detail.tip.title)}
        onDigiError={(event) => console.log(event.detail.reason)}
      />
      <ArchetypeQuiz persist onDigiQuizComplete={(event) => console.log(event.detail.archetype)} />
      <StrategyWheel selected="data" rotate onDigiThemeSelect={(event) => event.detail.id} />
      {/* @ts-expect-error autoplay is a boolean */}
      <TipCarousel autoplay="yes" />
      {/* @ts-expect-error the event detail has no `title` */}
      <TipCarousel onDigiTipChange={(event) => console.log(event.detail.title)} />
    </>
  );
}

/** React 19: the elements themselves, typed by @digileder/widgets/jsx. */
export function WithElements() {
  return (
    <>
      <digi-tip-carousel
        autoplay
        interval={15}
        lang="en"
        label="Ugens råd"
        src="/tips.json"
        start="3"
        heading-level="2"
        ondigi-tip-change={logIndex}
        ondigi-error={(event) => console.log(event.detail.message)}
      />
      <digi-archetype-quiz persist heading-level={2} ondigi-quiz-start={() => undefined} />
      <digi-strategy-wheel selected="data" rotate headingLevel={4} className="wheel" />
      {/* @ts-expect-error interval is a number of seconds */}
      <digi-tip-carousel interval="fast" />
      {/* @ts-expect-error no such attribute */}
      <digi-strategy-wheel spin />
      {/* @ts-expect-error the handler gets a DigiTipChangeEvent, not a theme selection */}
      <digi-tip-carousel ondigi-tip-change={(event: { detail: { id: string } }) => event} />
    </>
  );
}
