/**
 * Capitalised words that name no person, organization or place. Lowercased, as `Token.norm` spells them.
 */

/**
 * Demonyms, peoples and groups (`African American`, `Pashtun`, `Black voters`): a capitalised phrase made
 * only of these is no entity, wherever it stands.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  `afghan afghans african africans american americans arab arabs argentine argentinian asian asians
  australian australians austrian belgian brazilian brazilians british briton britons canadian canadians
  chilean chinese colombian cuban czech danish dutch egyptian egyptians english ethiopian european
  europeans filipino filipinos finnish french german germans ghanaian greek haitian hispanic hispanics
  hungarian indian indians indonesian iranian iranians iraqi iraqis irish israeli israelis italian italians
  jamaican japanese jordanian kenyan kenyans korean koreans kurd kurds kurdish latino latinos latina
  latinas latinx lebanese libyan malaysian mexican mexicans moroccan nigerian nigerians norwegian
  pakistani pakistanis palestinian palestinians persian peruvian polish portuguese russian russians
  rwandan saudi saudis scottish senegalese serbian somali somalis spanish sudanese swedish swiss syrian
  syrians taiwanese thai turkish turks ugandan ukrainian ukrainians venezuelan vietnamese welsh yemeni
  pashtun pashtuns punjabi punjabis sindhi sindhis baloch baluch hazara hazaras tajik tajiks uzbek uzbeks
  yoruba igbo hausa fulani zulu xhosa maori aboriginal indigenous native natives black blacks white whites
  brown caucasian muslim muslims christian christians catholic catholics protestant protestants evangelical
  evangelicals jewish jews jew hindu hindus sikh sikhs buddhist buddhists mormon mormons shiite shiites
  shia sunni sunnis sufi orthodox amish democrat democrats republican republicans conservative
  conservatives liberal liberals socialist socialists communist communists
  boomer boomers millennial millennials westerner westerners southerner southerners northerner
  northerners midwesterner midwesterners`.split(/\s+/),
);

/**
 * Last words of holidays, wars, events, laws and programs (`Memorial Day`, `Vietnam War`, `World Series`,
 * `False Claims Act`): a capitalised phrase ending in one of them (or in one and a numeral, `World War II`)
 * is no entity, unless a given name starts it.
 */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  `day days eve war wars games series cup bowl olympics olympiad paralympics festival fest championship
  championships open marathon derby classic week revolution uprising act acts bill amendment program
  programme scheme prize awards award tour rally jubilee expo fair carnival parade crisis
  pandemic epidemic massacre election elections referendum treaty accord accords agreement doctrine
  protocol plan`.split(/\s+/),
);

/** Holidays and events of one or more words that no last word gives away (`Cinco de Mayo`, `Diwali`). */
export const EVENT_NAMES: ReadonlySet<string> = new Set([
  'cinco de mayo',
  'fourth of july',
  'new year',
  'hanukkah',
  'passover',
  'diwali',
  'eid',
  'eid al-fitr',
  'eid al-adha',
  'halloween',
  'lent',
  'holocaust',
  'brexit',
  'juneteenth',
  'kwanzaa',
  'yom kippur',
  'rosh hashanah',
  'holi',
  'oktoberfest',
  'mardi gras',
  'medicare',
  'medicaid',
  'obamacare',
  'superfund',
]);

/**
 * Makers whose name followed by a model names a product, not the maker (`Ford Focus`, `Boeing 737 Max`,
 * `Tesla Model 3`): the whole phrase is skipped.
 */
export const PRODUCT_MAKERS: ReadonlySet<string> = new Set(
  `ford chevrolet chevy toyota honda nissan hyundai kia subaru mazda jeep dodge gmc buick cadillac lexus
  acura audi bmw mercedes mercedes-benz porsche volvo tesla volkswagen vw fiat peugeot renault skoda
  mitsubishi suzuki boeing airbus embraer bombardier cessna apple samsung google microsoft sony nintendo
  xbox playstation iphone ipad`.split(/\s+/),
);

/** Products named by one word, never entities. */
export const PRODUCT_NAMES: ReadonlySet<string> = new Set(
  'iphone ipad ipod macbook xbox playstation kindle android windows chatgpt'.split(' '),
);

/**
 * Common nouns that put an organization's name after them (`the union Unite`, `carmaker Volkswagen`,
 * `rival JetBlue`): a capitalised phrase right after one is an organization.
 */
export const ORGANIZATION_DESCRIPTORS: ReadonlySet<string> = new Set(
  `union company firm group party agency carmaker automaker airline carrier bank lender insurer retailer
  chain broadcaster network newspaper paper tabloid daily magazine publisher charity nonprofit
  organization organisation startup start-up regulator watchdog utility operator developer manufacturer
  maker supplier conglomerate club team franchise outfit militia rival rivals rebels movement
  subsidiary affiliate brand label studio fund council ministry department`.split(/\s+/),
);

/** Words that name a newspaper after `the` (`the Chronicle`, `The Tribune`). */
export const NEWSPAPER_WORDS: ReadonlySet<string> = new Set(
  `times post journal tribune herald gazette chronicle observer guardian telegraph inquirer examiner
  courier sentinel dispatch register bulletin mirror express standard advertiser independent argus
  globe record citizen enquirer republic democrat statesman oregonian plain dealer`.split(/\s+/),
);

/** Letters after a name that are honours or degrees, not part of it (`Sarah Whitlam KC`). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(
  'kc qc mp msp mla obe mbe cbe kbe dbe phd md dds esq rn frs'.split(' '),
);
