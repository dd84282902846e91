/** Built-in tips, written in our own words from the article "13 råd om dit digitale lederskab". */

export const tipsDa = {
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

export const tipsEn = {
  tips: [
    {
      id: 'vedkommende',
      title: 'Make digitalisation relevant',
      body:
        'Help elected members and colleagues see what digitalisation means in practice, not ' +
        'least for how citizens meet the municipality online. When politicians grasp why it ' +
        'matters, it is easier to set priorities and make sound decisions.',
    },
    {
      id: 'konkret',
      title: 'Digitalisation is concrete',
      body:
        'As an abstract word, digitalisation can feel distant. Talk instead about the tangible ' +
        'things: a new school platform, a new case records system or a course in a new ' +
        'professional system. When it is concrete, it makes sense to more people.',
    },
    {
      id: 'kompetencer',
      title: 'Digital skills must be developed and maintained',
      body:
        'You don’t need to be the most skilled user, but you do need to spot opportunities and ' +
        'turn them into better ways of working. Keep your own knowledge fresh, and let staff ' +
        'learn one step at a time – through courses, knowledge sharing and short talks.',
    },
    {
      id: 'kulturforskelle',
      title: 'Be mindful of profession-specific and local cultural differences',
      body:
        'Professional groups react to new technology in different ways. A new documentation ' +
        'system may be received one way in family services and quite another in elderly care. Be ' +
        'curious about the differences and respect them when you plan.',
    },
    {
      id: 'strategi',
      title: 'Make your digital strategy manageable',
      body:
        'A strategy is easier to work with when it is split into a few themes, each with a clear ' +
        'profile. Make sure vision, policies and strategies pull in the same direction, so staff ' +
        'and citizens can see the point.',
    },
    {
      id: 'faelles-strategier',
      title: 'Keep an eye on joint municipal and public-sector strategies',
      body:
        'Follow the strategies that municipalities and the wider public sector share. Avoid ' +
        'chasing every new one-off solution; let others gain the first experience, and stick to ' +
        'the bigger picture.',
    },
    {
      id: 'hygiejnefaktor',
      title: 'Treat digitalisation as a hygiene factor',
      body:
        'Digitalisation is not a shortcut to big savings but a basic condition for running a ' +
        'modern municipality. Demanding gains from day one can create resistance. Remember that ' +
        'the gain may also be better service for citizens.',
    },
    {
      id: 'data-paa-tvaers',
      title: 'Use data across the organisation to build cohesion',
      body:
        'When data is created and recorded the same way, it can be reused across departments. ' +
        'That gives a better overview of what happens throughout the organisation and ties the ' +
        'work more closely together.',
    },
    {
      id: 'borgervaerdi',
      title: 'Keep sight of digitalisation’s value for citizens',
      body:
        'Citizens and businesses are the reason the municipality exists. They expect friendly, ' +
        'efficient service, online too. Data that can be reused across services makes it easier ' +
        'to give them a joined-up experience.',
    },
    {
      id: 'taenk-fremad',
      title: 'Think ahead about your municipality’s opportunities and challenges',
      body:
        'No one can predict the future, but much suggests it will get harder to recruit enough ' +
        'staff. Consider now where digital solutions can ease the load, so you are better ' +
        'prepared when there are fewer hands.',
    },
    {
      id: 'genbrug',
      title: 'Think reuse and scalability',
      body:
        'Build solutions so they can be used again. Shared concepts, consistent data models and ' +
        'reusable building blocks let you take a solution from one area and extend it to others, ' +
        'for example from elderly care to employment services.',
    },
    {
      id: 'frygten-for-data',
      title: 'Fight the fear of data',
      body:
        'Take citizens’ concerns about their data seriously, and make data ethics a natural part ' +
        'of your leadership. With good security habits, a digital solution can be both safe and ' +
        'better.',
    },
    {
      id: 'vedholdende-pres',
      title: 'Use your power and keep up steady pressure',
      body:
        'Digital change rarely happens by itself. Expect to use your influence as a leader and ' +
        'keep backing the processes – long after they have been launched.',
    },
  ],
};
