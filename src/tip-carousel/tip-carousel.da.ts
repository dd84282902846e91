// Danish: the UI strings and the built-in tips, written in our own words from the article
// "13 råd om dit digitale lederskab". Bundled with the widget.
import type { LanguagePack } from '../core/digi-element.js';
import { coreStringsDa } from '../core/core.da.js';
import type { TipCarouselContent } from './tip-carousel.types.js';
import type { TipCarouselStrings } from './tip-carousel.strings.js';

const tips: TipCarouselContent = {
  tips: [
    {
      id: 'vedkommende',
      title: 'Gør digitaliseringen vedkommende',
      body:
        'Vis politikere og kolleger, hvad digitaliseringen betyder i praksis – ikke mindst for ' +
        'den måde, borgerne møder kommunen på. Når de folkevalgte forstår, hvorfor det er ' +
        'vigtigt, bliver det lettere at prioritere og træffe gode beslutninger.',
    },
    {
      id: 'konkret',
      title: 'Digitaliseringen er konkret',
      body:
        'Som begreb kan digitalisering virke fjernt. Tal hellere om de håndgribelige ting: en ny ' +
        'skoleplatform, et nyt journalsystem eller et kursus i et nyt fagsystem. Når det bliver ' +
        'konkret, giver det mening for flere.',
    },
    {
      id: 'kompetencer',
      title: 'Digitale kompetencer skal udvikles og vedligeholdes',
      body:
        'Du behøver ikke være den dygtigste bruger, men du skal kunne få øje på mulighederne og ' +
        'gøre dem til bedre arbejdsgange. Hold din egen viden ved lige, og lad medarbejderne ' +
        'lære i små skridt – fx via kurser, videndeling og korte oplæg.',
    },
    {
      id: 'kulturforskelle',
      title: 'Hav blik for forvaltningens fagspecifikke og lokalt forankrede kulturforskelle',
      body:
        'Faggrupper tager forskelligt imod ny teknologi. Et nyt dokumentationssystem kan blive ' +
        'modtaget på én måde i familieafdelingen og på en helt anden i ældreplejen. Vær ' +
        'nysgerrig på forskellene, og respektér dem, når I planlægger.',
    },
    {
      id: 'strategi',
      title: 'Gør jeres digitale strategi håndtérbar',
      body:
        'En strategi er lettere at arbejde med, når den er delt op i få temaer, der hver har en ' +
        'tydelig profil. Sørg for, at vision, politikker og strategier trækker i samme retning, ' +
        'så medarbejdere og borgere kan se meningen.',
    },
    {
      id: 'faelles-strategier',
      title: 'Hold øje med de fælleskommunale og fællesoffentlige strategier',
      body:
        'Følg med i de strategier, kommunerne og den offentlige sektor har til fælles. Undgå at ' +
        'jagte hver ny enkeltløsning; lad andre gøre de første erfaringer, og hold fast i de ' +
        'lange linjer.',
    },
    {
      id: 'hygiejnefaktor',
      title: 'Betragt digitaliseringen som en hygiejnefaktor',
      body:
        'Digitalisering er ikke en genvej til store besparelser, men en grundforudsætning for at ' +
        'drive en moderne kommune. Krav om gevinster fra dag ét kan skabe modstand. Husk, at ' +
        'gevinsten også kan være bedre service for borgerne.',
    },
    {
      id: 'data-paa-tvaers',
      title: 'Brug data på tværs til at skabe organisatorisk sammenhængskraft',
      body:
        'Når data bliver skabt og registreret ens, kan de bruges igen på tværs af afdelinger. ' +
        'Det giver et bedre overblik over, hvad der foregår i hele organisationen, og binder ' +
        'arbejdet tættere sammen.',
    },
    {
      id: 'borgervaerdi',
      title: 'Hav øje for digitaliseringens værdi for borgerne',
      body:
        'Borgere og virksomheder er grunden til, at kommunen findes. De forventer en venlig og ' +
        'effektiv betjening, også på nettet. Data, der kan genbruges på tværs af fagområder, gør ' +
        'det lettere at give dem en sammenhængende oplevelse.',
    },
    {
      id: 'taenk-fremad',
      title: 'Tænk fremad på din kommunes muligheder og udfordringer',
      body:
        'Ingen kan spå om fremtiden, men meget tyder på, at det bliver sværere at skaffe nok ' +
        'medarbejdere. Overvej allerede nu, hvor digitale løsninger kan aflaste, så I står bedre ' +
        'rustet, når der bliver færre hænder.',
    },
    {
      id: 'genbrug',
      title: 'Tænk i genbrug og skalerbarhed',
      body:
        'Byg løsninger, så de kan bruges igen. Fælles begreber, ensartede datamodeller og ' +
        'genbrugelige byggeklodser gør det muligt at tage en løsning fra ét område og udvide den ' +
        'til andre, fx fra ældreplejen til beskæftigelse.',
    },
    {
      id: 'frygten-for-data',
      title: 'Bekæmp frygten for data',
      body:
        'Tag borgernes bekymring for deres data alvorligt, og gør dataetik til en fast del af ' +
        'dit lederskab. Med gode sikkerhedsvaner kan en digital løsning blive både tryg og ' +
        'bedre.',
    },
    {
      id: 'vedholdende-pres',
      title: 'Brug din power og fasthold et vedholdende pres',
      body:
        'Digitale forandringer sker sjældent af sig selv. Regn med, at du som leder skal bruge ' +
        'din indflydelse og blive ved med at bakke op om processerne – også længe efter, at de ' +
        'er sat i gang.',
    },
  ],
};

export const da: LanguagePack<TipCarouselContent, TipCarouselStrings> = {
  strings: {
    ...coreStringsDa,
    label: '13 råd om digitalt lederskab',
    customLabel: 'Gode råd',
    carousel: 'karrusel',
    slide: 'dias',
    position: '{n} af {total}',
    previous: 'Forrige råd',
    next: 'Næste råd',
    picker: 'Vælg råd',
    pickerItem: 'Råd {n}: {title}',
    startRotation: 'Start automatisk skift',
    stopRotation: 'Stop automatisk skift',
  },
  content: tips,
};
