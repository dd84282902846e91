// Where a content form shows each validation problem: at the field its path names, or, when the
// form has no field for that path (`tips[0].foo`, a whole list), at the nearest item, list or the
// form itself that holds it. Which paths have a place is learnt from the form's own render: every
// field, item and list claims its path while it is rendered.
import type { ContentProblem } from '../builder-types.js';
import { fieldId } from '../builder-types.js';

/** The path one step up: `tips[2].title` → `tips[2]` → `tips` → ``. */
export function parentPath(path: string): string {
  return path.replace(/(?:\.?[^.[\]]+|\[\d+\])$/, '');
}

/** The problems of one render of a form, each at its place. */
export class ProblemPlaces {
  /** Paths that have a place to show problems (fields, items, lists), from the last render. */
  private claimed = new Set<string>(['']);

  /** Problems by the path where they are shown. */
  private homes = new Map<string, ContentProblem[]>();

  /**
   * Places `problems`. A place is only known once the form has rendered, and the messages are
   * rendered before the fields inside them (an item's messages above its fields), so `render`
   * is first run once to learn the places, then thrown away. It only builds templates (no DOM),
   * and only when there are problems to place.
   */
  place(problems: readonly ContentProblem[], render: (() => unknown) | undefined): void {
    this.claimed = new Set(['']);
    if (problems.length) render?.();
    this.homes = new Map();
    for (const problem of problems) {
      const home = this.homeOf(problem.path);
      const here = this.homes.get(home);
      if (here) here.push(problem);
      else this.homes.set(home, [problem]);
    }
  }

  /** Marks `path` as a place where problems are shown; returns the DOM id of that place. */
  claim(path: string): string {
    this.claimed.add(path);
    return fieldId(path);
  }

  /** The path where a problem at `path` is shown. */
  homeOf(path: string): string {
    let home = path;
    while (home && !this.claimed.has(home)) home = parentPath(home);
    return home;
  }

  /** The problems shown at `path`. */
  at(path: string): readonly ContentProblem[] {
    return this.homes.get(path) ?? [];
  }

  /**
   * The id of the message under `path`'s field, or undefined when it has no problems. Ids of a
   * field's parts end in `--msg`, `--hint` …: `fieldId` never makes a double hyphen.
   */
  messageId(path: string): string | undefined {
    return this.at(path).length ? `${fieldId(path)}--msg` : undefined;
  }
}
