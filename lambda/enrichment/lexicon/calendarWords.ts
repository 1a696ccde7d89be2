/** Day and month names: capitalised, but never names of people, organizations or places. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon. tue. tues. wed. thu. thur. thurs. fri. sat.
  sun. january february march april may june july august september october november december jan. feb.
  mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. christmas easter thanksgiving ramadan`.split(/\s+/),
);
