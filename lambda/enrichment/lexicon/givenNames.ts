/**
 * Common given names, lowercased. A capitalised phrase that starts with one (`Joe Biden`, `Ines Varga`) is
 * taken for a person's name without any other cue. Names that are also everyday words in capitals (`Will`,
 * `Mark`, `Bill`) are here too: they start a name only when followed by another name-like word.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abdul abdullah abraham adam adrian ahmad ahmed aisha alan albert alejandro alex alexander alexandra
  alexei alfred ali alice alicia allison amanda amy ana andrea andreas andrew andrés angela angelo anna anne
  annie anthony antonio antony arthur ashley ashraf avril barack barbara ben benjamin bernard bernie beth
  betty bill billy bob bobby brad brandon brenda brian bruce bryan carl carlos carol caroline carolyn
  catherine charles charlie chen cheryl chris christina christine christopher chuck claire claudia colin
  connor craig cynthia dan daniel danielle david dean deborah debra denis dennis diana diane dmitry donald
  donna doris dorothy douglas dylan ed edward elena elizabeth ellen emily emma emmanuel eric erik ethan
  eugene evan fatima felipe fernando frances francis francisco frank fred gary george gerald gloria gordon
  grace greg gregory hannah harold harry heather helen henry hillary howard hugo ian igor ines irene isaac
  isabel ivan jack jacob jacqueline james jamie jane janet janice jason javier jean jeff jeffrey jennifer
  jeremy jerome jerry jesse jessica jill jim jimmy joan joe joel john johnny jon jonathan jorge jose josé
  joseph joshua joyce juan judith judy julia julie justin kamala karen karl kate katherine kathleen kathryn
  kathy keith kelly kenneth kevin kim kimberly kyle larry laura lauren lawrence lee leon leonard liam linda
  lisa liz lloyd lolita lori louis louise lucas lucy luis luke lyndon maria marie marilyn mario mark marco
  margaret maria marie marjorie martha martin mary matt matthew maurice megan melissa merrick michael michelle
  miguel mike mitch mohammad mohammed muhammad nancy natalie nathan ned neil nicholas nick nicole nikolai
  noah norman olga olivia oscar pamela patricia patrick paul paula pedro peter philip phillip rachel rafael
  ralph randy ray raymond rebecca richard rick rita robert roberto robin roger ronald rose ruth ryan sally
  sam samantha samuel sandra sara sarah scott sean sergei sergey shannon sharon shirley stephanie stephen
  steve steven susan tammy teresa terry theresa thomas tim timothy tina todd tom tony tyler valerie
  vanessa victor victoria vincent virginia vladimir walter wang wayne wendy william willie xi yasmin
  yusuf zachary zhang ursula volodymyr olaf emmanuel recep narendra benjamin boris rishi keir justin
  giorgia jens antonio ashton hamid zabihullah haibatullah ayman osama abu mullah`.split(/\s+/),
);
