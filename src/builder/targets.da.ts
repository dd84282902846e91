// The Danish words of the builder's last step, where the widget goes.
import type { TargetStrings } from './targets.strings.js';

export const da: TargetStrings = {
  whereLegend: 'Hvor skal widgetten stå?',
  'target.html': 'I en HTML-blok på en side, der må indeholde et script',
  'target.sharepoint': 'I SharePoint Online med webdelen »{title}«',
  'target.iframe': 'I en iframe (til sider, der kun tager imod iframes, fx Umbraco og OS2web)',
  htmlHint:
    'Kopiér koden, og indsæt den i en HTML-blok på intranetsiden. Bed it-afdelingen om at lægge widget-filerne (mappen dist/cdn) på jeres server.',
  headingHint: 'Vælg det niveau, der passer under sidens egne overskrifter.',
  builtinNoFile: 'Indholdet er det indbyggede, så der skal ingen JSON-fil med.',

  spHint:
    'It-afdelingen lægger webdelen i SharePoint én gang for hele kommunen. Derefter sætter du den på siden sådan her.',
  spFolder: 'Hvor lægger du JSON-filen? (valgfrit)',
  spFolderHint:
    'Adressen på mappen i dokumentbiblioteket, fx /sites/intranet/Delte dokumenter/. Mappen skal ligge på det samme SharePoint som siden, og læserne skal have adgang til den.',
  spFolderInvalid: 'Skriv en adresse, der begynder med https:// eller /.',
  spStepsHeading: 'Sådan gør du i SharePoint',
  spStepFile: 'Hent JSON-filen {file} med knappen nedenfor, og læg den {where}.',
  spStepFileIn: 'i mappen {folder} i dokumentbiblioteket',
  spStepFileAnywhere: 'i et dokumentbibliotek på det samme SharePoint som siden',
  spStepEdit: 'Åbn siden, og vælg Rediger.',
  spStepAdd: 'Tilføj webdelen »{title}«. Du finder den under »{group}«.',
  spStepPane: 'Vælg webdelen, og åbn dens egenskaber (blyanten).',
  spChoose: 'Under »{field}« vælger du »{choice}«.',
  spType: 'I feltet »{field}« skriver du: {value}',
  spTypeText: 'I feltet »{field}« skriver du »{value}«.',
  spAddressExample: 'filens adresse, fx /sites/intranet/Delte dokumenter/{file}',
  spToggle: 'Sæt »{field}« til »{on}«.',
  spStepSave: 'Gem siden, og udgiv den igen.',

  frameHint:
    'Koden viser widgetten i en ramme fra indlejringssiden. Bed it-afdelingen om at lægge mappen dist/embed på jeres server.',
  embedPage: 'Hvor ligger indlejringssiden?',
  embedPageHint:
    'Adressen på mappen med indlejringssiden på jeres server, fx https://www.kommune.dk/assets/digileder/embed/.',
  frameTitle: 'Rammens titel',
  frameTitleHint:
    'Skærmlæsere læser titlen op, når de når til rammen, så den skal udfyldes. Skriv, hvad rammen viser, fx »Råd om digitalt lederskab«.',
  frameTitleMissing:
    'Skriv en titel til rammen. Uden den ved skærmlæserbrugere ikke, hvad rammen indeholder.',
  frameWidth: 'Hvor smal kan rammen blive på siden?',
  frameWidthHint:
    'Højden passer, så intet i widgetten skal rulles ved den bredde og bredere. Dit eget indhold kan kræve mere, hvis det er længere end det indbyggede.',
  frameWidthOption: 'Mindst {width} px bred (højde {height} px)',
  frameJsonHint: 'Læg filen i samme mappe som indlejringssiden.',
  frameLabelTooLong:
    'Widgettens navn for skærmlæsere kan højst have {max} tegn i en ramme. Gør det kortere.',
  frameCodeLabel: 'Koden til rammen',
  frameCopied: 'Kopieret. Indsæt koden, hvor siden tager imod en iframe.',
  scriptLabel: 'Valgfrit: linjen til siden med rammen',
  scriptHint:
    'Brug linjen, hvis siden med rammen må køre scripts: så får rammen altid præcis den højde, indholdet skal bruge (i SharePoint Online kan den ikke bruges).',
};
