// The widget registry (src/widgets.json) for tests that go through every widget. Read over HTTP
// from the test server, as the browser cannot import JSON the way the build does.
import { expect } from '@open-wc/testing';

/** One widget of the registry. */
export interface RegistryEntry {
  readonly name: string;
  readonly tag: string;
  readonly className: string;
  readonly reactName: string;
}

/** The registry's widgets, in its order. */
export async function readRegistry(): Promise<readonly RegistryEntry[]> {
  const response = await fetch('/src/widgets.json');
  if (!response.ok) throw new Error(`src/widgets.json: HTTP ${response.status}`);
  const { widgets } = (await response.json()) as { widgets: RegistryEntry[] };
  if (!widgets.length) throw new Error('src/widgets.json lists no widget');
  return widgets;
}

/**
 * Fails unless `tags` (what a test file goes through) are exactly the registry's widgets, so a
 * widget added to src/widgets.json is not silently left out of the file's tests.
 */
export async function expectEveryWidget(tags: Iterable<string>): Promise<void> {
  const registry = await readRegistry();
  expect([...new Set(tags)].sort(), 'the widgets of src/widgets.json').to.deep.equal(
    registry.map((w) => w.tag).sort(),
  );
}
