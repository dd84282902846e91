// The widget registry (src/widgets.json) for tests that go through every widget. Read over HTTP
// from the test server, as the browser cannot import JSON the way the build does.

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
