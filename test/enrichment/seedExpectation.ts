import type { Enrichment } from '../../lambda/parser/types';

/**
 * The seed article's enrichment, written by reading it (seeds/000_90b2515fab799f03.txt).
 * Counts include the headline (`Milley: US may work with Taliban to hit ISIS`: one more Milley, United States,
 * Taliban and Islamic State group each) and the dateline (`WASHINGTON`); the byline's authors are credits.
 * `U.S.` is counted as the United States wherever it is printed, adjectives (`U.S. military`) included;
 * demonyms (`Afghan`, `Afghans`, `American`) are not places.
 */
export const SEED_EXPECTATION: Enrichment = {
  quotes: [
    { text: 'possible', speaker: 'Mark Milley' },
    { text: 'ruthless', speaker: 'Mark Milley' },
    { text: 'Whether or not they change remains to be seen.', speaker: 'Mark Milley' },
    {
      text: 'In war, you do what you must in order to reduce risk to mission and force, not what you necessarily want to do',
      speaker: 'Mark Milley',
    },
    { text: 'To ISIS-K: We are not done with you yet', speaker: 'Joe Biden' },
    { text: 'I would not make any leaps of logic to broader issues', speaker: 'Lloyd Austin' },
  ],
  entities: {
    people: [
      // Army Gen. Mark Milley; Milley ×6 in the body; Milley: in the headline.
      { name: 'Mark Milley', mentions: 8 },
      // Defense Secretary Lloyd Austin; Austin ×4.
      { name: 'Lloyd Austin', mentions: 5 },
      // President Joe Biden; Biden ×2; the Biden administration.
      { name: 'Joe Biden', mentions: 4 },
    ],
    organizations: [
      // 11 in the body (U.S.-Taliban included), 1 in the headline.
      { name: 'Taliban', mentions: 12 },
      // Islamic State militants, Islamic State group, IS ×6 (IS group ×2, IS suicide bombing, IS planners,
      // IS militants, opposes IS); ISIS in the headline.
      { name: 'Islamic State group', mentions: 9 },
      { name: 'al-Qaida', mentions: 1 },
      { name: 'Central Intelligence Agency', mentions: 1 },
      // An affiliate acting on its own: not folded into the Islamic State group.
      { name: 'ISIS-K', mentions: 1 },
      { name: 'Joint Chiefs of Staff', mentions: 1 },
      { name: 'Pentagon', mentions: 1 },
    ],
    places: [
      // the United States once, U.S. ×10 in the body; US in the headline.
      { name: 'United States', mentions: 12 },
      { name: 'Afghanistan', mentions: 6 },
      { name: 'Kabul', mentions: 6 },
      { name: 'Doha', mentions: 1 },
      { name: 'Qatar', mentions: 1 },
      // The dateline.
      { name: 'Washington', mentions: 1 },
    ],
  },
  lead: 'Army Gen. Mark Milley, chairman of the Joint Chiefs of Staff, said Wednesday that it’s “possible” the United States will seek to coordinate with the Taliban on counterterrorism strikes in Afghanistan against Islamic State militants or others.',
  // Paragraphs 3, 9, 10, 11 and 12 have two sentences, 5 and 8 three, the rest one.
  sentenceCount: 22,
  // 562 words at 230 a minute.
  readingTimeMinutes: 2,
};
