/**
 * Words that make a capitalised phrase an organization when they are part of it
 * (`Federal Aviation Administration`, `Ministry of Foreign Affairs`, `Albuquerque Police Department`).
 * Lowercased, as `Token.norm` spells them.
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  `agency department ministry council committee commission party association university college institute
  foundation corporation corp. inc. co. company companies bank court bureau office board union organization
  organisation authority administration service services center centre network fund trust league society
  federation alliance coalition front movement brigade brigades command guard police hospital school church
  times post journal tribune herald gazette news press media airlines airways motors technologies systems
  labs laboratories partners holdings group llc ltd. plc gmbh parliament assembly congress senate cabinet
  secretariat academy museum library club team capital ventures industries enterprises corps community exchange
  force ombudsman inspectorate commissioner regulator tribunal transit transport metro rail railway railways
  electric electronics utilities utility clinic clinics diner restaurant cafe bakery hotel store stores
  soccer football league conference fc motor chronicle observer guardian telegraph inquirer examiner courier
  sentinel dispatch bulletin mirror advertiser enquirer statesman globe broadcasting television radio
  studios pictures records seminary polytechnic mosque synagogue llp associates pharmaceuticals pharma
  therapeutics biosciences semiconductor semiconductors software foods brewing brewery mining steelworkers
  railroad cooperative band infirmary customs diocese archdiocese healthcare schools regiment battalion united`.split(
    /\s+/,
  ),
);
