// The property pane (a chunk of its own: only editors load it): which widget, where its content
// comes from (checked by the widget's own validator while the editor types), language and
// display, and the chosen widget's settings. Its words and choices come from the package's
// `sharepoint-pane.js`, which the builder reads too when it tells editors what to choose here.
// Fields that do not apply to the current choices are left out; the web part refreshes the pane
// when a choice changes.
import {
  PropertyPaneChoiceGroup,
  PropertyPaneDropdown,
  PropertyPaneLabel,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
  type IPropertyPaneConfiguration,
  type IPropertyPaneField,
  type IPropertyPaneGroup,
} from '@microsoft/sp-property-pane';
import { WIDGETS } from '@digileder/widgets/integration.js';
import {
  headingChoices,
  languageChoices,
  paneStrings,
  sourceChoices,
  startChoices,
  type PaneStrings,
} from '@digileder/widgets/sharepoint-pane.js';
import {
  MAX_INTERVAL,
  MAX_TIPS,
  MIN_INTERVAL,
  tipNumber,
  type IDigilederWidgetsWebPartProps,
} from './properties';
import { fill } from './strings';

export { paneStrings };

/** What the pane is drawn from. */
export interface PaneInput {
  readonly properties: Readonly<IDigilederWidgetsWebPartProps>;
  readonly strings: PaneStrings;
  /** The problem with a content file's address, or `''`. */
  readonly checkAddress: (value: string) => Promise<string>;
  /** The problem with pasted JSON, or `''`. */
  readonly checkJson: (value: string) => Promise<string>;
}

/** How long the editor pauses typing before content is checked, in milliseconds. */
const CHECK_DELAY = 500;

function contentFields(input: PaneInput): IPropertyPaneField<unknown>[] {
  const { properties: p, strings: s } = input;
  const fields: IPropertyPaneField<unknown>[] = [
    PropertyPaneChoiceGroup('contentSource', {
      label: s.sourceLabel,
      options: [...sourceChoices(s)],
    }),
  ];
  if (p.contentSource === 'address')
    fields.push(
      PropertyPaneTextField('contentAddress', {
        label: s.addressLabel,
        description: s.addressDescription,
        onGetErrorMessage: input.checkAddress,
        deferredValidationTime: CHECK_DELAY,
      }),
    );
  if (p.contentSource === 'pasted')
    fields.push(
      PropertyPaneTextField('contentJson', {
        label: s.pastedLabel,
        description: s.pastedDescription,
        multiline: true,
        resizable: true,
        rows: 12,
        onGetErrorMessage: input.checkJson,
        deferredValidationTime: CHECK_DELAY,
      }),
    );
  return fields;
}

function settingsFields(input: PaneInput): IPropertyPaneField<unknown>[] {
  const { properties: p, strings: s } = input;
  const toggle = (property: keyof IDigilederWidgetsWebPartProps, label: string) =>
    PropertyPaneToggle(property, { label, onText: s.on, offText: s.off });
  switch (p.widget) {
    case 'tip-carousel': {
      const fields: IPropertyPaneField<unknown>[] = [toggle('autoplay', s.autoplayLabel)];
      if (p.autoplay)
        fields.push(
          PropertyPaneLabel('autoplay', { text: s.autoplayDescription }),
          PropertyPaneSlider('interval', {
            label: s.intervalLabel,
            min: MIN_INTERVAL,
            max: MAX_INTERVAL,
            step: 1,
            showValue: true,
          }),
        );
      fields.push(
        PropertyPaneDropdown('start', {
          label: s.startLabel,
          options: [...startChoices(s)],
        }),
      );
      if (p.start === 'number')
        fields.push(
          PropertyPaneTextField('startNumber', {
            label: s.startNumberLabel,
            onGetErrorMessage: (value: string) =>
              tipNumber(value) === undefined ? fill(s.startNumberInvalid, { max: MAX_TIPS }) : '',
          }),
        );
      return fields;
    }
    case 'archetype-quiz':
      return [
        toggle('persist', s.persistLabel),
        PropertyPaneLabel('persist', { text: s.persistDescription }),
      ];
    case 'strategy-wheel':
      return [toggle('rotate', s.rotateLabel)];
  }
}

/** The pane for the current properties. */
export function paneConfiguration(input: PaneInput): IPropertyPaneConfiguration {
  const { strings: s } = input;
  const groups: IPropertyPaneGroup[] = [
    {
      groupName: s.widgetGroup,
      groupFields: [
        PropertyPaneDropdown('widget', {
          label: s.widgetLabel,
          options: WIDGETS.map(({ name }) => ({ key: name, text: s.widgetNames[name] })),
        }),
      ],
    },
    { groupName: s.contentGroup, groupFields: contentFields(input) },
    {
      groupName: s.lookGroup,
      groupFields: [
        PropertyPaneDropdown('language', {
          label: s.languageLabel,
          options: [...languageChoices(s)],
        }),
        PropertyPaneTextField('label', { label: s.labelLabel, description: s.labelDescription }),
        PropertyPaneDropdown('headingLevel', {
          label: s.headingLabel,
          options: [...headingChoices(s)],
        }),
      ],
    },
    { groupName: s.settingsGroup, groupFields: settingsFields(input) },
  ];
  return { pages: [{ header: { description: s.paneDescription }, groups }] };
}
