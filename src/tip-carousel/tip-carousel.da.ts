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
        'Gør digitaliseringen til en politisk sag i byrådet eller kommunalbestyrelsen. Hjælp ' +
        'politikerne til at forstå, hvad den betyder – også for borgernes digitale møde med ' +
        'kommunen.',
    },
    {
      id: 'konkret',
      title: 'Digitaliseringen er konkret',
      body:
        'Som begreb kan digitalisering virke fjern. Tal hellere om konkrete projekter: en ny ' +
        'skoleplatform, et nyt omsorgsjournalsystem, et kursus i et nyt fagsystem. Så giver det ' +
        'mening for flere.',
    },
    {
      id: 'kompetencer',
      title: 'Digitale kompetencer skal udvikles og vedligeholdes',
      body:
        'Du behøver ikke være den dygtigste bruger, men du skal pleje din digitale dannelse og ' +
        'kunne se muligheder og gøre dem til bedre arbejdsgange. Lad medarbejderne lære et ' +
        'skridt ad gangen, fx på kurser og gå-hjem-møder.',
    },
    {
      id: 'kulturforskelle',
      title: 'Hav blik for forvaltningens fagspecifikke og lokalt forankrede kulturforskelle',
      body:
        'Fagområder og lokale enheder har hver deres kultur. Et nyt dokumentationssystem bliver ' +
        'ikke modtaget ens på familieområdet og hos social- og sundhedsassistenterne. Se ' +
        'forskellene, og respektér dem.',
    },
    {
      id: 'strategi',
      title: 'Gør jeres digitale strategi håndtérbar',
      body:
        'Del strategien op i få temaer med hver sin tydelige profil, så den er til at arbejde ' +
        'med. Sørg for, at vision, politikker og strategier hænger sammen, så medarbejdere og ' +
        'borgere kan se meningen.',
    },
    {
      id: 'faelles-strategier',
      title: 'Hold øje med de fælleskommunale og fællesoffentlige strategier',
      body:
        "Følg de fælleskommunale og fællesoffentlige strategier, fx KL's. Lad ikke " +
        'enkeltløsninger styre retningen. Lad hellere markedet høste de første erfaringer, og ' +
        'hold fast i de store linjer.',
    },
    {
      id: 'hygiejnefaktor',
      title: 'Betragt digitaliseringen som en hygiejnefaktor',
      body:
        'Se ikke digitalisering som redningen for en presset økonomi, men som en forudsætning ' +
        'for at drive kommune. Den kan lette presset, men krav om besparelser fra start kan ' +
        'skabe modstand. Bliver det ikke billigere, kan borgerne stadig få bedre service.',
    },
    {
      id: 'data-paa-tvaers',
      title: 'Brug data på tværs til at skabe organisatorisk sammenhængskraft',
      body:
        'Data, der skabes og bruges ens, kan genbruges på tværs af afdelinger. Det åbner nye ' +
        'muligheder, giver indblik i hele organisationen og binder den bedre sammen.',
    },
    {
      id: 'borgervaerdi',
      title: 'Hav øje for digitaliseringens værdi for borgerne',
      body:
        'Husk, når I digitaliserer, at forvaltningen er til for borgere og virksomheder. De ' +
        'forventer at blive mødt venligt og effektivt, også digitalt. Gode data, der kan ' +
        'genbruges på tværs, gør en stor forskel.',
    },
    {
      id: 'taenk-fremad',
      title: 'Tænk fremad på din kommunes muligheder og udfordringer',
      body:
        'Meget tyder på, at demografien gør det sværere at rekruttere nok af de rette ' +
        'medarbejdere. Tænk digitale løsninger ind nu, så kommunen kan løse opgaverne med færre ' +
        'hænder.',
    },
    {
      id: 'genbrug',
      title: 'Tænk i genbrug og skalerbarhed',
      body:
        'Byg løsninger, der kan genbruges og skaleres, med gennemtænkte begreber og datamodeller ' +
        'og byggeblokke fra den fælleskommunale rammearkitektur. Så kan fx en løsning fra ' +
        'ældreplejen også bruges på beskæftigelsesområdet.',
    },
    {
      id: 'frygten-for-data',
      title: 'Bekæmp frygten for data',
      body:
        'Tag borgernes bekymring for brugen af deres data alvorligt – mange politikere deler ' +
        'den. Gør dataetik til en del af dit lederskab, og byg sikkerheden ind i hver løsning, ' +
        'så den bliver både tryg og bedre.',
    },
    {
      id: 'vedholdende-pres',
      title: 'Brug din power og fasthold et vedholdende pres',
      body:
        'Regn med, at du som leder skal bruge mere af din gennemslagskraft, end du tror, og ' +
        'blive ved med at bakke op om de processer, du sætter i gang. De kører ikke af sig selv.',
    },
  ],
};

export const da: LanguagePack<TipCarouselContent, TipCarouselStrings> = {
  strings: {
    ...coreStringsDa,
    label: '13 råd om digitalt lederskab',
    customLabel: 'Gode råd',
    credit:
      'Frit efter artiklen »13 råd om dit digitale lederskab« med kommunaldirektørerne Rikke ' +
      'Vestergaard, Esbjerg Kommune, og Claus Thykjær, Greve Kommune.',
    carousel: 'karrusel',
    slide: 'råd',
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
