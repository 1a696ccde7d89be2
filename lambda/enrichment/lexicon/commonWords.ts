/**
 * Frequent English words that start sentences or fill all-capital text: a capitalised one at a sentence
 * start is not a name (`Both Austin and Milley`), and in capitals none of them is part of a name
 * (`PRESIDENT JOE BIDEN HAS NOTED`). Lowercased.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along already also although always am among an and
  another any anyone anything are around as at away back be because been before being below between both but
  by can cannot could did do does doing done down during each either else even ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its
  itself just least less like many may me meanwhile might more most much must my myself neither never
  nevertheless no nobody none nor not nothing now of off often on once one only onto or other others otherwise
  our ours out over own perhaps please rather same several she should since so some someone something
  sometimes soon still such than that the their theirs them themselves then there therefore these they this
  those though through thus to too toward towards under unless until up upon us very was we well were what
  whatever when whenever where whether which while who whoever whom whose why will with within without would
  yet you your yours yes according asked said says told added noted called say tell told will would
  officials official authorities police residents people many critics experts analysts observers
  supporters opponents lawmakers leaders troops soldiers militants forces government administration
  military army navy state city county officials there here today tonight yesterday tomorrow last next
  first second third new old former current recent early late latest more less other
  week weeks month months year years day days time times news report reports statement statements
  percent million billion thousand hundred dozen dozens number group groups part parts plan plans
  says said say also just only even still yet already again however although though because while
  instead despite during after before since until unless whether either neither both each every all
  some many much more most few several enough such what which who whom whose where when why how
  mr mrs ms dr sir madam
  organizers organisers residents witnesses investigators prosecutors protesters protestors analysts economists
  researchers scientists doctors nurses officers lawmakers legislators democrats republicans activists parents
  teachers students workers employees neighbors neighbours relatives friends fans voters villagers survivors
  rescuers firefighters rebels sources documents records spokesmen spokeswomen diplomats negotiators
  shareholders investors customers consumers drivers passengers patients victims families farmers`.split(
    /\s+/,
  ),
);
