import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  archetypeQuizLimits,
  type Archetype,
  type ArchetypeQuizContent,
  type QuizOption,
  type QuizQuestion,
} from '../../archetype-quiz/index.js';
import { defineElement } from '../../core/define.js';
import { format } from '../../core/format.js';
import { fieldId } from '../builder-types.js';
import { BuilderFormBase } from './form-base.js';
import { describedBy } from './form-host.js';
import { join, ownValue, records, str, REMOVE, setIn } from './paths.js';

const LIMITS = archetypeQuizLimits;

const list = <I>(value: readonly I[] | undefined): readonly I[] =>
  Array.isArray(value) ? (value as readonly I[]) : [];

/**
 * The editor's form for the archetype quiz's content: the optional title and intro, the personas
 * (archetypes) with their levels, portraits, strengths and next steps, and the questions with
 * their answers. Each answer points to a persona (level scoring); a quiz that scores with
 * weights shows the points per persona instead, so nothing it holds is lost.
 *
 * @tagname digi-builder-quiz-form
 * @summary Edits an ArchetypeQuizContent draft.
 *
 * @fires {DraftChangeEvent} draft-change - On every edit, with the whole new draft.
 */
export class DigiBuilderQuizForm extends BuilderFormBase<ArchetypeQuizContent> {
  /** Levels emptied while being retyped, by persona id (see handleLevel). */
  private readonly vacated = new Map<string, number>();

  private get archetypes(): readonly Archetype[] {
    return records(this.draft.archetypes);
  }

  private get questions(): readonly QuizQuestion[] {
    return records(this.draft.questions);
  }

  /** Whether the quiz scores by level: as the schema's check decides, by its first answer. */
  private get byLevel(): boolean {
    return records<QuizOption>(this.questions[0]?.options)[0]?.weights === undefined;
  }

  protected override renderForm(): TemplateResult {
    return html`${this.renderField({
      path: 'title',
      label: this.s.quizTitle,
      value: this.draft.title,
      optional: true,
      hint: this.s.quizTitleHint,
    })}
    ${this.renderField({
      path: 'intro',
      label: this.s.quizIntro,
      value: this.draft.intro,
      optional: true,
      multiline: true,
      hint: this.s.quizIntroHint,
    })}
    ${this.renderList<Archetype>({
      path: 'archetypes',
      noun: 'archetype',
      label: this.s.archetypesHeading,
      items: this.archetypes,
      limits: LIMITS.archetypes,
      headings: true,
      title: (a) => str(a.name),
      create: () => this.newArchetype(),
      renderItem: (a, path, i) => this.renderArchetype(a, path, i),
    })}
    ${this.renderList<QuizQuestion>({
      path: 'questions',
      noun: 'question',
      label: this.s.questionsHeading,
      items: this.questions,
      limits: LIMITS.questions,
      headings: true,
      hint: this.byLevel ? this.s.scoringByLevel : this.s.scoringByWeights,
      title: (q) => str(q.text),
      create: () => this.newQuestion(),
      renderItem: (q, path, i) => this.renderQuestion(q, path, i),
    })}`;
  }

  private newArchetype(): Archetype {
    const levels = this.archetypes.map((a) => a.level).filter((l) => typeof l === 'number');
    return {
      id: this.makeId(
        `persona-${this.archetypes.length + 1}`,
        this.archetypes.map((a) => a.id),
      ),
      level: Math.max(0, ...levels) + 1,
      name: '',
      portrait: '',
      nextStep: '',
    };
  }

  private newQuestion(): QuizQuestion {
    return {
      id: this.makeId(
        `spoergsmaal-${this.questions.length + 1}`,
        this.questions.map((q) => q.id),
      ),
      text: '',
      options: Array.from({ length: LIMITS.options.min }, () => this.newOption()),
    };
  }

  private newOption(): QuizOption {
    return this.byLevel ? { label: '' } : { label: '', weights: {} };
  }

  /**
   * The draft with archetype `index`'s id set to `id`; answers' weights that named the old id
   * name the new one, when no other persona has either id.
   */
  private withArchetypeId(
    draft: ArchetypeQuizContent,
    index: number,
    before: string | undefined,
    id: string,
  ): ArchetypeQuizContent {
    let next = setIn(draft, `archetypes[${index}].id`, id);
    const others = this.archetypes.filter((_, i) => i !== index).map((a) => a.id);
    if (!before || before === id || others.includes(before) || others.includes(id)) return next;
    this.questions.forEach((q, i) =>
      records<QuizOption>(q.options).forEach((o, j) => {
        if (typeof o.weights !== 'object' || !Object.hasOwn(o.weights, before)) return;
        const renamed = Object.fromEntries(
          Object.entries(o.weights).map(([key, value]) => [key === before ? id : key, value]),
        );
        next = setIn(next, `questions[${i}].options[${j}].weights`, renamed);
      }),
    );
    return next;
  }

  /**
   * Sets a persona's level, and the answers that pointed to that persona follow it to the new
   * level: the editor renumbers personas, not answers. A level emptied on the way ("3" → "" →
   * "5") is remembered by the persona's id until a new one is typed. Answers stay put when
   * another persona holds the old or the new level.
   */
  private handleLevel(a: Archetype, index: number, raw: string): void {
    const level = raw.trim() === '' ? NaN : Number(raw);
    const key = str(a.id);
    const from = typeof a.level === 'number' ? a.level : this.vacated.get(key);
    let draft = setIn(
      this.draft,
      `archetypes[${index}].level`,
      Number.isNaN(level) ? REMOVE : level,
    );
    if (Number.isNaN(level)) {
      if (from !== undefined) this.vacated.set(key, from);
      this.commit(draft);
      return;
    }
    this.vacated.delete(key);
    const others = this.archetypes.filter((_, i) => i !== index).map((x) => x.level);
    if (from !== undefined && from !== level && !others.includes(from) && !others.includes(level)) {
      this.questions.forEach((q, i) =>
        records<QuizOption>(q.options).forEach((o, j) => {
          if (o.level === from) draft = setIn(draft, `questions[${i}].options[${j}].level`, level);
        }),
      );
    }
    this.commit(draft);
  }

  private renderArchetype(a: Archetype, path: string, index: number): TemplateResult {
    const taken = this.archetypes.filter((_, i) => i !== index).map((x) => x.id);
    const onName = (name: string) => {
      const draft = setIn(this.draft, join(path, 'name'), name);
      const id = this.idFor(a.id, name, `persona-${index + 1}`, taken);
      this.commit(id === a.id ? draft : this.withArchetypeId(draft, index, a.id, String(id)));
    };
    const onId = (id: string) => this.commit(this.withArchetypeId(this.draft, index, a.id, id));
    return html`${this.renderField({
      path: join(path, 'name'),
      label: this.s.archetypeName,
      value: a.name,
      onInput: onName,
    })}
    ${this.renderField({
      path: join(path, 'level'),
      label: this.s.archetypeLevel,
      value: a.level,
      type: 'number',
      hint: this.s.archetypeLevelHint,
      onInput: (raw) => this.handleLevel(a, index, raw),
    })}
    ${this.renderField({
      path: join(path, 'portrait'),
      label: this.s.portrait,
      value: a.portrait,
      multiline: true,
    })}
    ${this.renderStringList({
      path: join(path, 'strengths'),
      noun: 'strength',
      label: this.s.strengthsHeading,
      itemLabel: this.s.strength,
      items: list(a.strengths),
      limits: LIMITS.strengths,
    })}
    ${this.renderField({
      path: join(path, 'nextStep'),
      label: this.s.nextStep,
      value: a.nextStep,
      multiline: true,
    })}
    ${this.renderId(join(path, 'id'), a.id, true, onId)}`;
  }

  private renderQuestion(q: QuizQuestion, path: string, index: number): TemplateResult {
    const taken = this.questions.filter((_, i) => i !== index).map((x) => x.id);
    const onText = (text: string) => {
      let draft = setIn(this.draft, join(path, 'text'), text);
      const id = this.idFor(q.id, text, `spoergsmaal-${index + 1}`, taken);
      if (id !== q.id) draft = setIn(draft, join(path, 'id'), id);
      this.commit(draft);
    };
    return html`${this.renderField({
      path: join(path, 'text'),
      label: this.s.questionText,
      value: q.text,
      onInput: onText,
    })}
    ${this.renderList<QuizOption>({
      path: join(path, 'options'),
      noun: 'option',
      label: this.s.optionsHeading,
      items: records<QuizOption>(q.options),
      limits: LIMITS.options,
      title: (o) => str(o.label),
      create: () => this.newOption(),
      renderItem: (o, optionPath) => this.renderOption(o, optionPath),
    })}
    ${this.renderId(join(path, 'id'), q.id, true)}`;
  }

  private renderOption(o: QuizOption, path: string): TemplateResult {
    return html`${this.renderField({
      path: join(path, 'label'),
      label: this.s.optionLabel,
      value: o.label,
    })}
    ${this.byLevel || o.level !== undefined ? this.renderLevel(o, join(path, 'level')) : nothing}
    ${!this.byLevel || o.weights !== undefined ? this.renderWeights(o, join(path, 'weights')) : nothing}`;
  }

  /** The persona an answer points to, chosen by name and level. */
  private renderLevel(o: QuizOption, path: string): TemplateResult {
    const id = this.claim(path);
    const ladder = this.archetypes
      .filter((a) => typeof a.level === 'number')
      .sort((a, b) => a.level - b.level);
    const level = o.level;
    const known = ladder.some((a) => a.level === level);
    const onInput = (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.edit(path, value === '' ? REMOVE : Number(value));
    };
    return html`<div class="field">
      <label for=${id}>${this.s.optionLevel}</label>
      ${this.renderMessages(path, this.s.optionLevel)}
      <select
        id=${id}
        aria-invalid=${this.hasProblems(path) ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.messageId(path))}
        @input=${onInput}
      >
        <option value="" .selected=${live(level === undefined)}>${this.s.chooseLevel}</option>
        ${ladder.map(
          (a) =>
            html`<option value=${a.level} .selected=${live(a.level === level)}>
              ${format(this.s.levelOption, { level: a.level, name: str(a.name) })}
            </option>`,
        )}
        ${
          level !== undefined && !known
            ? html`<option value=${String(level)} .selected=${live(true)}>
                ${format(this.s.unknownLevel, { level: String(level) })}
              </option>`
            : nothing
        }
      </select>
    </div>`;
  }

  /** The points an answer gives each persona (weights scoring). */
  private renderWeights(o: QuizOption, path: string): TemplateResult {
    const id = this.claim(path);
    const weights = o.weights ?? {};
    const ids = [
      ...new Set(
        [...this.archetypes]
          .filter((a) => typeof a.id === 'string')
          .sort((a, b) => a.level - b.level)
          .map((a) => a.id),
      ),
    ];
    const unknown = Object.keys(weights).filter((key) => !ids.includes(key));
    const nameOf = (key: string) =>
      this.archetypes.find((a) => a.id === key)?.name ??
      format(this.s.unknownArchetype, { id: key });
    return html`<fieldset
      class="weights"
      id=${id}
      aria-describedby=${ifDefined(describedBy(this.messageId(path), `${id}--hint`))}
    >
      <legend>${this.s.weightsLegend}</legend>
      ${this.renderMessages(path, this.s.weightsLegend)}
      <p class="hint" id=${`${fieldId(path)}--hint`}>${this.s.weightsHint}</p>
      ${[...ids, ...unknown].map((key) =>
        this.renderField({
          path: join(path, key),
          label: nameOf(key),
          value: ownValue(weights, key) as number | undefined,
          type: 'number',
          step: 'any',
          required: false,
          onInput: (raw) => {
            const number = raw.trim() === '' ? NaN : Number(raw);
            // In place, so the weights keep their order; emptied, the key leaves.
            this.edit(join(path, key), Number.isNaN(number) ? REMOVE : number);
          },
        }),
      )}
    </fieldset>`;
  }
}

defineElement('digi-builder-quiz-form', DigiBuilderQuizForm);

declare global {
  interface HTMLElementTagNameMap {
    'digi-builder-quiz-form': DigiBuilderQuizForm;
  }
}
