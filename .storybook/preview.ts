import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';

interface ManifestField {
  kind?: string;
  name: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
  default?: string;
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  default?: string;
}
interface ManifestSlot {
  name: string;
}
interface ManifestDeclaration {
  tagName?: string;
  slots?: ManifestSlot[];
  members?: ManifestField[];
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/**
 * The manifest as the docs tables should show it: only the public API (private and protected
 * members, which the analyzer lists too, are left out), and each attribute with the default of
 * the property it reflects (the analyzer sometimes gives a constant's name instead of its value).
 * The default slot is named `(default)`: Storybook drops table rows without a name. The base
 * class's generic `content: T` and `strings: Partial<S>` get the widget's own type names.
 */
function publicApi(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        // digi-tip-carousel → TipCarousel (TipCarouselContent, TipCarouselStrings).
        const stem = (declaration.tagName ?? '')
          .replace(/^digi-/, '')
          .replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
        const ownTypes = (text: string) =>
          text
            .replace(/\bPartial<S>/g, `Partial<${stem}Strings>`)
            .replace(/^T\b/, `${stem}Content`);
        const members = declaration.members
          ?.filter(
            (member) =>
              !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
          )
          .map((member) => {
            return stem && member.type
              ? { ...member, type: { ...member.type, text: ownTypes(member.type.text) } }
              : member;
          });
        const attributes = declaration.attributes?.map((attribute) => {
          const field = members?.find((member) => member.name === attribute.fieldName);
          return field?.default === undefined
            ? attribute
            : { ...attribute, default: field.default };
        });
        const slots = declaration.slots?.map((slot) =>
          slot.name ? slot : { ...slot, name: '(default)' },
        );
        return { ...declaration, members, attributes, slots };
      }),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest as Manifest));

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

/**
 * The manifest's rows are documentation; a row gets a control only when the story renders it (it
 * is one of the story's args). Otherwise "Set object" buttons would invite edits that do nothing,
 * for events, slots, parts and CSS custom properties above all. Runs before Storybook infers
 * controls from types, which keeps any control set here.
 */
const controlsOnlyForArgs: ArgTypesEnhancer = Object.assign(
  (context: Parameters<ArgTypesEnhancer>[0]) =>
    Object.fromEntries(
      Object.entries(context.argTypes).map(([name, argType]): [string, typeof argType] => {
        if (!argType.table?.category) return [name, argType];
        if (!(name in context.initialArgs)) {
          return [name, { ...argType, control: { disable: true } }];
        }
        // A manifest type such as `string | undefined` would get a JSON control; the story's own
        // value tells what the attribute takes. Controls a story sets itself are kept.
        if (argType.control !== undefined) return [name, argType];
        const value: unknown = context.initialArgs[name];
        if (typeof value === 'string') return [name, { ...argType, control: { type: 'text' } }];
        if (typeof value === 'number') return [name, { ...argType, control: { type: 'number' } }];
        return [name, argType];
      }),
    ),
  { secondPass: true },
);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The language of the page around the widget',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da' },
  argTypesEnhancers: [controlsOnlyForArgs],
  decorators: [
    (story, context) =>
      html`<div lang=${(context.globals['locale'] as string | undefined) ?? 'da'}>${story()}</div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
