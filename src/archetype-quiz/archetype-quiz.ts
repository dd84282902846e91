import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../core/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { readStored, removeStored, writeStored, hashString } from '../controllers/storage.js';
import { DigiElement } from '../core/digi-element.js';
import { format } from '../core/format.js';
import { primaryButtonStyles } from '../core/button-styles.js';
import { baseStyles } from '../core/styles.js';
import { alertIcon } from '../core/templates.js';
import { archetypeQuizSpec } from './archetype-quiz.content.js';
import { ladder, quizFingerprint, scoreQuiz } from './archetype-quiz.scoring.js';
import type { ArchetypeQuizStrings } from './archetype-quiz.strings.js';
import type { ArchetypeQuizContent } from './archetype-quiz.types.js';
import { archetypeQuizStyles } from './archetype-quiz.styles.js';
import { DigiQuizAnswerEvent, DigiQuizCompleteEvent, DigiQuizStartEvent } from './quiz-events.js';

/** The step before the first question. */
const INTRO = -1;

/** Seconds a reader needs per question, for the "about N minutes" on the intro screen. */
const SECONDS_PER_QUESTION = 15;

/** The level of the quiz's headings unless `heading-level` says otherwise. */
const HEADING_LEVEL = 2;

/** What `persist` keeps: the step (-1 intro, then each question, then the result) and answers. */
interface SavedQuiz {
  step: number;
  answers: (number | null)[];
}

/**
 * A short self-assessment that places the reader at one of four levels of digital competence,
 * each a persona (built in: Anna Afventende, Torben Tøvende, Viktor Velvillig, Signe Selvkørende),
 * and shows the next step up. An intro, one question a step (a native fieldset of radio buttons),
 * then the result with the whole ladder. Nothing is sent anywhere.
 *
 * @tagname digi-archetype-quiz
 * @summary A four-persona self-assessment quiz on digital competence.
 *
 * @slot - An optional inline `<script type="application/json">` with custom content.
 *
 * @fires {DigiQuizStartEvent} digi-quiz-start - The reader pressed Start.
 * @fires {DigiQuizAnswerEvent} digi-quiz-answer - The reader chose an answer; `detail` is
 *   `{ questionId, value, option }` (`value`: the option's index from 0).
 * @fires {DigiQuizCompleteEvent} digi-quiz-complete - The reader reached the result; `detail` is
 *   `{ archetype, level, scores }` (`archetype`: its id).
 *
 * @csspart quiz - The quiz region.
 * @csspart intro - The intro screen.
 * @csspart start-button - The Start button.
 * @csspart question - A question step (the form).
 * @csspart progress - The position in text, "Spørgsmål 3 af 8": the question step's heading.
 * @csspart progress-bar - The progress bar (a `<progress>`).
 * @csspart option - One answer: the label around its radio button.
 * @csspart answer-required - The message shown when Next is pressed without an answer.
 * @csspart back-button - The Back button.
 * @csspart next-button - The Next button.
 * @csspart result - The result screen.
 * @csspart level - The reader's level in text, "Niveau 2 af 4".
 * @csspart ladder - The list of all levels, the top first.
 * @csspart rung - One level of the ladder.
 * @csspart your-level - The marker on the reader's level.
 * @csspart restart-button - The button that starts over.
 *
 * @cssprop [--digi-archetype-quiz-padding=var(--digi-space)] - Space inside the card.
 * @cssprop [--digi-archetype-quiz-border=1px solid #d0d5db] - The card's border.
 * @cssprop [--digi-archetype-quiz-min-height=27rem] - Height kept for every question and the result,
 *   so the page does not jump between questions (31rem below 36rem wide, 37rem below 26rem wide).
 *   The intro is sized to its content (at least 18rem, 20rem and 24rem at those widths, as
 *   archetype-quiz.reserve.css reserves before the script runs).
 */
export class DigiArchetypeQuiz extends DigiElement<ArchetypeQuizContent, ArchetypeQuizStrings> {
  static override styles = [baseStyles, primaryButtonStyles, archetypeQuizStyles];

  /**
   * Keep the answers and the position in this browser's `localStorage` (under the element's `id`,
   * else its `src`, else the quiz's own fingerprint) until the reader starts over; ignored when the
   * quiz has changed since.
   */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** The heading level (1–6) of the quiz's headings, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = HEADING_LEVEL;

  /** -1: the intro; 0 to n-1: a question; n: the result. */
  @state() private step = INTRO;

  /** The chosen option's index per question. */
  @state() private answers: (number | undefined)[] = [];

  @state() private answerMissing = false;

  /** Set by the reader's actions: focus the new step's heading after the next render. */
  #focusPending = false;
  /** `headingLevel` checked. */
  #level = HEADING_LEVEL;

  protected override readonly spec = archetypeQuizSpec;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') && this.hasUpdated) {
      if (this.persist) this.#save();
      else removeStored(this.#storageKey);
    }
    if (changed.has('headingLevel'))
      this.#level = this.headingLevelOf(this.headingLevel, HEADING_LEVEL);
  }

  protected override updated(): void {
    if (this.#focusPending) {
      this.#focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
    }
  }

  protected override contentChanged(data: ArchetypeQuizContent, languageOnly: boolean): void {
    if (languageOnly) return;
    this.#clear();
    if (this.persist) this.#restore(data);
  }

  /**
   * Clears the answers (saved ones too) and shows the intro. Dispatches no event and leaves focus
   * where it is.
   */
  reset(): void {
    this.#clear();
    if (this.persist) removeStored(this.#storageKey);
  }

  get #quiz(): ArchetypeQuizContent | undefined {
    return this.contentState.status === 'ready' ? this.contentState.data : undefined;
  }

  /** The element's `id`, else its `src`, else the quiz itself: two different quizzes never share. */
  get #storageKey(): string {
    const quiz = this.#quiz;
    return `digi-archetype-quiz:${this.id || this.src || (quiz ? hashString(quizFingerprint(quiz)) : '')}`;
  }

  #clear(): void {
    this.step = INTRO;
    this.answers = [];
    this.answerMissing = false;
  }

  #save(): void {
    const quiz = this.#quiz;
    if (!this.persist || !quiz) return;
    if (this.step === INTRO && this.answers.every((a) => a === undefined)) {
      removeStored(this.#storageKey);
      return;
    }
    const saved: SavedQuiz = {
      step: this.step,
      answers: quiz.questions.map((_, i) => this.answers[i] ?? null),
    };
    writeStored(this.#storageKey, hashString(quizFingerprint(quiz)), saved);
  }

  /** Resumes saved answers when they fit this quiz; anything else is ignored. */
  #restore(quiz: ArchetypeQuizContent): void {
    const saved = readStored(this.#storageKey, hashString(quizFingerprint(quiz))) as
      Partial<Record<keyof SavedQuiz, unknown>> | undefined;
    const step = saved?.step;
    const answers: unknown[] = Array.isArray(saved?.answers) ? saved.answers : [];
    const n = quiz.questions.length;
    const fits =
      typeof step === 'number' &&
      Number.isInteger(step) &&
      step >= INTRO &&
      step <= n &&
      answers.length === n &&
      answers.every((a, i) =>
        a === null
          ? i >= step
          : Number.isInteger(a) &&
            (a as number) >= 0 &&
            (a as number) < quiz.questions[i]!.options.length,
      );
    if (!fits) return;
    this.step = step;
    this.answers = answers.map((a) => (a === null ? undefined : (a as number)));
  }

  /** Moves to `step` because the reader asked to: saves, and focuses the new step's heading. */
  #go(step: number): void {
    this.step = step;
    this.answerMissing = false;
    this.#focusPending = true;
    this.#save();
  }

  #handleStart(): void {
    this.#go(0);
    this.dispatchEvent(new DigiQuizStartEvent());
  }

  #handleAnswer(quiz: ArchetypeQuizContent, value: number): void {
    const question = quiz.questions[this.step]!;
    const answers = [...this.answers];
    answers[this.step] = value;
    this.answers = answers;
    this.answerMissing = false;
    this.#save();
    this.dispatchEvent(
      new DigiQuizAnswerEvent({ questionId: question.id, value, option: question.options[value]! }),
    );
  }

  #handleNext(quiz: ArchetypeQuizContent, event: SubmitEvent): void {
    event.preventDefault();
    if (this.answers[this.step] === undefined) {
      // Marks the group invalid and takes the reader to the first answer (again on each press).
      this.answerMissing = true;
      this.renderRoot.querySelector('input')!.focus();
      return;
    }
    this.#go(this.step + 1);
    if (this.step < quiz.questions.length) return;
    const { archetype, scores } = scoreQuiz(quiz, this.answers);
    this.dispatchEvent(
      new DigiQuizCompleteEvent({ archetype: archetype.id, level: archetype.level, scores }),
    );
  }

  #handleRestart(): void {
    this.answers = [];
    this.#go(INTRO);
  }

  protected override renderContent(
    quiz: ArchetypeQuizContent,
    s: ArchetypeQuizStrings,
  ): TemplateResult {
    const title = this.label ?? quiz.title ?? s.title;
    const level = this.#level;
    const n = quiz.questions.length;
    return html`<section class="quiz" part="quiz" aria-label=${title}>
      ${keyed(
        this.step,
        this.step === INTRO
          ? this.#renderIntro(quiz, s, title, level)
          : this.step < n
            ? this.#renderQuestion(quiz, s, level)
            : this.#renderResult(quiz, s, level),
      )}
    </section>`;
  }

  #renderIntro(
    quiz: ArchetypeQuizContent,
    s: ArchetypeQuizStrings,
    title: string,
    level: number,
  ): TemplateResult {
    const count = quiz.questions.length;
    const minutes = Math.max(1, Math.round((count * SECONDS_PER_QUESTION) / 60));
    return html`<div class="step intro" part="intro">
      <div class="heading" role="heading" aria-level=${level} tabindex="-1" data-step-heading>
        ${title}
      </div>
      <p class="lead">${quiz.intro ?? s.intro}</p>
      <ul class="facts">
        <li>${format(minutes > 1 ? s.duration : s.durationOneMinute, { count, minutes })}</li>
        <li>${this.persist ? s.privacyPersist : s.privacy}</li>
      </ul>
      <div class="nav">
        <button
          type="button"
          class="button primary"
          part="start-button"
          @click=${this.#handleStart}
        >
          ${s.start}
        </button>
      </div>
    </div>`;
  }

  #renderQuestion(
    quiz: ArchetypeQuizContent,
    s: ArchetypeQuizStrings,
    level: number,
  ): TemplateResult {
    const i = this.step;
    const total = quiz.questions.length;
    const question = quiz.questions[i]!;
    const missing = this.answerMissing && 'answer-required';
    return html`<form
      class="step question"
      part="question"
      novalidate
      @submit=${(event: SubmitEvent) => this.#handleNext(quiz, event)}
    >
      <div
        class="progress"
        part="progress"
        role="heading"
        aria-level=${level}
        tabindex="-1"
        data-step-heading
      >
        ${format(s.progress, { n: i + 1, total })}
      </div>
      <progress part="progress-bar" max=${total} .value=${i + 1} aria-hidden="true"></progress>
      <fieldset role="radiogroup" aria-invalid=${!!missing} aria-describedby=${missing || nothing}>
        <legend class="heading">${question.text}</legend>
        <div class="options">
          ${question.options.map(
            (option, j) =>
              html`<label class="option" part="option">
                <input
                  type="radio"
                  name="answer"
                  value=${j}
                  .checked=${this.answers[i] === j}
                  @change=${() => this.#handleAnswer(quiz, j)}
                />
                <span>${option.label}</span>
              </label>`,
          )}
        </div>
        <div class="required" id="answer-required" role="alert">
          ${
            missing
              ? html`<p part="answer-required">${alertIcon}<span>${s.answerRequired}</span></p>`
              : nothing
          }
        </div>
      </fieldset>
      <div class="nav">
        <button
          type="button"
          class="button"
          part="back-button"
          @click=${() => this.#go(this.step - 1)}
        >
          ${s.back}
        </button>
        <button type="submit" class="button primary" part="next-button">
          ${i === total - 1 ? s.finish : s.next}
        </button>
      </div>
    </form>`;
  }

  #renderResult(
    quiz: ArchetypeQuizContent,
    s: ArchetypeQuizStrings,
    level: number,
  ): TemplateResult {
    const steps = ladder(quiz);
    const { archetype } = scoreQuiz(quiz, this.answers);
    const rank = (a: typeof archetype) => steps.indexOf(a) + 1;
    const sub = Math.min(6, level + 1);
    const subheading = (text: string) =>
      html`<div class="subheading" role="heading" aria-level=${sub}>${text}</div>`;
    return html`<div class="step result" part="result">
      <div class="summary">
        <div class="heading" role="heading" aria-level=${level} tabindex="-1" data-step-heading>
          ${format(s.resultHeading, { name: archetype.name })}
        </div>
        <p class="level" part="level">
          ${format(s.level, { n: rank(archetype), total: steps.length })}
        </p>
        <p>${archetype.portrait}</p>
        ${
          archetype.strengths?.length
            ? html`${subheading(s.strengths)}
                <ul>
                  ${archetype.strengths.map((strength) => html`<li>${strength}</li>`)}
                </ul>`
            : nothing
        }
        ${subheading(s.nextStep)}
        <p>${archetype.nextStep}</p>
      </div>
      <div class="levels">
        ${subheading(s.ladder)}
        <ol class="ladder" part="ladder" role="list">
          ${[...steps].reverse().map(
            (a) =>
              html`<li class="rung" part="rung" aria-current=${a === archetype ? 'step' : nothing}>
                <span class="rung-level">${format(s.ladderLevel, { n: rank(a) })}</span>
                <span class="rung-name">${a.name}</span>
                ${
                  a === archetype
                    ? html`<span class="you" part="your-level">${s.yourLevel}</span>`
                    : nothing
                }
              </li>`,
          )}
        </ol>
      </div>
      <div class="nav">
        <button type="button" class="button" part="restart-button" @click=${this.#handleRestart}>
          ${s.restart}
        </button>
      </div>
    </div>`;
  }
}
