/**
 * Words of titles printed before a person's name. A title is any run of modifiers ending in a head word:
 * `Gen.`, `Army Gen.`, `Defense Secretary`, `Secretary of State`, `former President`. Both are lowercased,
 * abbreviations with their period, as `Token.norm` spells them.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  `gen. general adm. admiral col. colonel lt. lieutenant maj. major capt. captain sgt. sergeant cpl. corporal
  pvt. private cmdr. commander brig. marshal
  president president-elect vice-president premier chancellor secretary minister sen. senator rep.
  representative congressman congresswoman gov. governor mayor ambassador envoy commissioner director
  chairman chairwoman chair ceo cfo spokesman spokeswoman spokesperson judge justice attorney prosecutor
  dr. doctor mr. mrs. ms. miss mx. prof. professor rev. reverend rabbi imam sheikh pope king queen prince
  princess emperor sultan emir ayatollah cardinal bishop archbishop sheriff detective officer deputy
  superintendent coach speaker leader chief executive mr mrs ms dr dame sir lord baroness baron manager
  treasurer administrator inspector constable principal dean provost councillor councilman councilwoman
  councilor cllr cllr. alderman alderwoman trustee founder owner chef striker defender midfielder goalkeeper
  quarterback pitcher planner`.split(/\s+/),
);

/** Words that may stand before a head word inside a title (`Army` in `Army Gen.`). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  `army navy air force marine marines coast guard space defense defence state treasury homeland security
  foreign interior finance health education energy labor commerce transportation agriculture justice
  deputy vice assistant acting former interim associate senior retired first lady under
  white house press senate majority minority district circuit federal supreme court police fire
  executive general attorney lt. maj. brig. rear prime crown grand national city county town borough
  regional managing head team club board`.split(/\s+/),
);

/** Words after a head word that continue the title with `of` (`Secretary of State`, `Minister of Defense`). */
export const TITLE_OF_HEADS: ReadonlySet<string> = new Set(['secretary', 'minister', 'chief', 'director']);

/** Name suffixes kept in the name but ignored when matching a surname (`Lloyd J. Austin III`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case words inside names (`Osama bin Laden`, `Ursula von der Leyen`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'al el bin ibn abu de da di du del della der den la le van von ter dos das'.split(' '),
);
