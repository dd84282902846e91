// scoreQuiz: levels, ties and weights.
import { type ArchetypeQuizContent, scoreQuiz } from '../../src/archetype-quiz/index.js';
import { atLevels, cleanUp, quizDa } from './harness.js';
import { expect } from '@open-wc/testing';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('scoreQuiz', () => {
  const content = quizDa;
  /** Answers the first questions at `levels`, leaving the rest unanswered. */
  const place = (levels: number[]) => scoreQuiz(content, atLevels(levels)).archetype.id;

  it('rounds the mean level to the nearest archetype', () => {
    expect(place([1, 1, 1, 1, 1, 1, 1, 1])).to.equal('anna');
    expect(place([4, 4, 4, 4, 4, 4, 4, 4])).to.equal('signe');
    expect(place([2, 2, 2, 2, 2, 2, 3, 3])).to.equal('torben'); // 2.25
    expect(place([3, 3, 3, 3, 3, 3, 2, 2])).to.equal('viktor'); // 2.75
    expect(place([2, 3, 3, 3, 2, 3, 3, 3])).to.equal('viktor'); // 2.75
    expect(place([1, 1, 1, 2, 2, 2, 2, 3])).to.equal('torben'); // 1.75
  });

  it('sends a mean exactly between two levels down', () => {
    expect(place([1, 2, 1, 2, 1, 2, 1, 2])).to.equal('anna'); // 1.5
    expect(place([2, 3, 2, 3, 2, 3, 2, 3])).to.equal('torben'); // 2.5
    expect(place([3, 4, 3, 4, 3, 4, 3, 4])).to.equal('viktor'); // 3.5
    expect(place([1, 4, 1, 4, 1, 4, 1, 4])).to.equal('torben'); // 2.5
  });

  it('counts the answers at each level as scores, skipping unanswered questions', () => {
    const answers: (number | undefined)[] = atLevels([1, 4, 1, 4]);
    answers[2] = undefined;
    const { scores, archetype } = scoreQuiz(content, answers);
    expect(scores).to.deep.equal({ anna: 1, torben: 0, viktor: 0, signe: 2 });
    expect(archetype.id).to.equal('viktor'); // 3.0
  });

  it('finds the nearest level when the levels have gaps', () => {
    const gaps: ArchetypeQuizContent = {
      archetypes: [
        { id: 'low', level: 1, name: 'Lav', portrait: 'P', nextStep: 'N' },
        { id: 'high', level: 5, name: 'Høj', portrait: 'P', nextStep: 'N' },
      ],
      questions: [
        {
          id: 'q',
          text: 'Q',
          options: [
            { label: 'L', level: 1 },
            { label: 'H', level: 5 },
          ],
        },
        {
          id: 'r',
          text: 'R',
          options: [
            { label: 'L', level: 1 },
            { label: 'H', level: 5 },
          ],
        },
      ],
    };
    expect(scoreQuiz(gaps, [0, 1]).archetype.id).to.equal('low'); // 3: a tie goes down
    expect(scoreQuiz(gaps, [1, 1]).archetype.id).to.equal('high');
  });

  it('with weights, the highest sum wins; a tie goes to the lower level', () => {
    const weighted: ArchetypeQuizContent = {
      archetypes: [
        { id: 'top', level: 2, name: 'Top', portrait: 'P', nextStep: 'N' },
        { id: 'base', level: 1, name: 'Bund', portrait: 'P', nextStep: 'N' },
      ],
      questions: [
        {
          id: 'q',
          text: 'Q',
          options: [
            { label: 'A', weights: { top: 2, base: 2 } },
            { label: 'B', weights: { top: 0.5 } },
            { label: 'C', weights: { base: -1 } },
          ],
        },
      ],
    };
    expect(scoreQuiz(weighted, [0])).to.deep.equal({
      archetype: weighted.archetypes[1],
      scores: { base: 2, top: 2 },
    });
    expect(scoreQuiz(weighted, [1]).archetype.id).to.equal('top');
    expect(scoreQuiz(weighted, [2])).to.deep.include({ scores: { base: -1, top: 0 } });
    expect(scoreQuiz(weighted, [2]).archetype.id).to.equal('top');
  });
});
