// Texts the web part shows readers as well as editors, in Danish and English, and the choice of
// the pane's language. The pane's own texts are the package's `sharepoint-pane.js`, loaded only
// with the pane.
import { toSupportedLang, type Lang } from '@digileder/widgets/integration.js';

/** Why a content file's address cannot be used. */
export interface AddressStrings {
  readonly addressMissing: string;
  readonly addressInvalid: string;
  readonly addressForeign: string;
}

const addressStrings: Readonly<Record<Lang, AddressStrings>> = {
  da: {
    addressMissing: 'Skriv adressen på JSON-filen.',

    addressInvalid: 'Adressen er ikke gyldig. Kopiér den fra dokumentbiblioteket.',

    addressForeign:
      'Filen skal ligge på dette SharePoint ({origin}). Læg den i et dokumentbibliotek her.',
  },
  en: {
    addressMissing: 'Type the address of the JSON file.',

    addressInvalid: 'The address is not valid. Copy it from the document library.',

    addressForeign:
      'The file must be on this SharePoint ({origin}). Put it in a document library here.',
  },
};

/** The address texts in `lang`. */
export const addressText = (lang: Lang): AddressStrings => addressStrings[lang];

/** The pane's language for a SharePoint UI culture (`da-DK` → `da`, anything else → `en`). */
export const paneLang = (uiCulture: string | undefined): Lang =>
  toSupportedLang(uiCulture) === 'da' ? 'da' : 'en';

/** `text` with each `{name}` replaced. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
