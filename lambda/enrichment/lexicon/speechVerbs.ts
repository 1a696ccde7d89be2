/** Verbs that attribute a quotation to a speaker (`Milley said`, `said Austin`, `adding, "..."`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling add adds added adding ask asks asked asking note notes noted
  explain explains explained state states stated declare declares declared write writes wrote writing
  insist insists insisted argue argues argued continue continues continued reply replies replied recall
  recalls recalled warn warns warned caution cautioned acknowledge acknowledged admit admitted concede
  conceded remark remarked observe observed announce announced claim claims claimed stress stressed
  emphasize emphasized emphasise emphasised predict predicted complain complained vow vowed promise promised
  respond responded answer answered tweet tweeted posted testify testified shout shouted urge urged counter
  countered quip quipped joke joked suggest suggests suggested offer offers offered recount recounts
  recounted reflect reflected muse mused sigh sighed laugh laughed boast boasted lament lamented grumble
  grumbled scoff scoffed whisper whispered yell yelled plead pleaded assert asserted maintain maintained
  contend contended contends wonder wondered marvel marveled marvelled concluded conclude texted emailed
  messaged`.split(/\s+/),
);

/**
 * Verbs that put a quoted word in someone's mouth when they come before it (`Milley called the Taliban
 * "ruthless"`), but say nothing about a name next to them (`which Austin called the largest evacuation`).
 */
export const CHARACTERIZING_VERBS: ReadonlySet<string> = new Set(
  'call calls called calling describe describes described describing term termed dub dubbed'.split(' '),
);

/**
 * Speech verbs that may come before their speaker when a quotation follows (`said Milley: "..."`); after the
 * others a name is who was spoken to (`told Milley`, `asked Austin`).
 */
export const INVERTING_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says added adds wrote writes continued replied recalled explained noted offered recounted insisted'.split(
    ' ',
  ),
);

/** Words allowed between a speaker and a speech verb (`Milley later said`, `Milley has said`). */
export const SPEECH_VERB_FILLERS: ReadonlySet<string> = new Set(
  'has had have also later then again once repeatedly previously earlier recently would will has often'.split(
    ' ',
  ),
);

/** Pronouns that stand for the last person named (`"...," he said`). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
