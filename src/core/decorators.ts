import type { PropertyDeclaration, ReactiveElement } from 'lit';

// lit's `@property()` and `@state()` for TypeScript's experimental decorators, which this project
// compiles with (tsconfig.json). lit's own also handle standard decorators, at about 0.2 kB
// (min+gzip) in every bundle.

/** Declares a reactive property, as lit's `@property()` does. */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: ReactiveElement, name: string): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };

/** Declares internal reactive state, as lit's `@state()` does. */
export const state = (): ReturnType<typeof property> => property({ state: true });
