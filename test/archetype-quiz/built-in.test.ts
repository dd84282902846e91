// The built-in quiz: valid, the same structure and every string in both languages.
import { archetypeQuizSchema, checkQuiz } from '../../src/archetype-quiz/index.js';
import { archetypeQuizStrings, cleanUp, quizDa, quizEn } from './harness.js';
import { expect } from '@open-wc/testing';
import { validate } from '../../src/core/validate.js';

beforeEach(() => localStorage.clear());
afterEach(cleanUp);

describe('the built-in quiz', () => {
  it('passes its own schema and checks, in both languages, with the same structure', () => {
    for (const content of [quizDa, quizEn]) {
      const result = validate(archetypeQuizSchema, content, checkQuiz);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      expect(content.questions).to.have.length(10);
      for (const question of content.questions) {
        expect(question.options.map((o) => o.level).sort()).to.deep.equal([1, 2, 3, 4]);
      }
    }
    expect(quizEn.questions.map((q) => q.id)).to.deep.equal(quizDa.questions.map((q) => q.id));
    expect(quizEn.archetypes.map((a) => [a.id, a.level, a.name])).to.deep.equal(
      quizDa.archetypes.map((a) => [a.id, a.level, a.name]),
    );
  });

  it('has every string in both languages', () => {
    expect(Object.keys(archetypeQuizStrings.en).sort()).to.deep.equal(
      Object.keys(archetypeQuizStrings.da).sort(),
    );
    for (const strings of Object.values(archetypeQuizStrings)) {
      for (const value of Object.values(strings) as string[]) expect(value.trim()).to.not.equal('');
    }
  });
});
