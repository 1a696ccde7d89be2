import type { ClassicBlock } from '../helpers/classicNexisExport';

/** An invented English export: a labelled document, then one with no HEADLINE or BODY label. */
export const ENGLISH: ClassicBlock[][] = [
  [
    { centred: '1 of 2 DOCUMENTS' },
    { centred: 'Copyright 2014 Harbor Ledger Company' },
    { centred: 'The Harbor Ledger' },
    { centred: 'March 3, 2014 Monday' },
    { centred: 'THIRD EDITION' },
    { label: 'SECTION', value: 'METRO; Pg. B1' },
    { label: 'LENGTH', value: '96 words' },
    { label: 'HEADLINE', value: 'Council weighs a ferry to the islands' },
    { label: 'BYLINE', value: 'By Mara Quill and Tobias Fenn' },
    { label: 'DATELINE', value: 'PORT ELLIS, Maine' },
    { label: 'BODY', value: '' },
    { lines: ['The town council spent an evening on the ferry plan, and on what the ferries would cost.'] },
    { lines: ['"We will decide in May," said the mayor, Ruth Calder.'] },
    { label: 'LANGUAGE', value: 'ENGLISH' },
    { label: 'LOAD-DATE', value: 'March 4, 2014' },
    { label: 'SUBJECT', value: 'FERRIES (91%); MUNICIPAL GOVERNMENT (77%)' },
    { label: 'GEOGRAPHIC', value: 'PORT ELLIS, ME, USA (88%)' },
  ],
  [
    { centred: '2 of 2 DOCUMENTS' },
    { centred: 'Prairie Courier' },
    { centred: 'March 5, 2014 Wednesday' },
    { lines: ['Storm closes the coast road;', 'Repairs to take a week'] },
    { label: 'BYLINE', value: 'Ned Harrow' },
    { label: 'LENGTH', value: '40 words' },
    { lines: ['The coast road was shut on Tuesday after the storm.'] },
    { lines: ['Crews expect to reopen it next week.'] },
    { label: 'LANGUAGE', value: 'ENGLISH' },
  ],
];

export const GERMAN: ClassicBlock[][] = [
  [
    { centred: 'Dokument 1 von 1' },
    { centred: 'Erfundene Rundschau' },
    { centred: '27. Februar 2012 Montag' },
    { label: 'RUBRIK', value: 'LOKALES; S. 12' },
    { label: 'LÄNGE', value: '85 Wörter' },
    { label: 'HEADLINE', value: 'Der Stadtrat beschließt den Haushalt' },
    { label: 'AUTOR', value: 'Berger, Anna' },
    { label: 'BODY', value: '' },
    { lines: ['Der Stadtrat hat am Montag den Haushalt für die Fähre beschlossen.'] },
    { lines: ['Die Opposition stimmte dagegen.'] },
    { label: 'SPRACHE', value: 'GERMAN' },
  ],
];

export const FRENCH: ClassicBlock[][] = [
  [
    { centred: '1 sur 1 documents' },
    { centred: 'Le Journal Inventé' },
    { centred: '17 mai 2003' },
    { label: 'RUBRIQUE', value: 'ÉCONOMIE' },
    { label: 'LONGUEUR', value: '143 mots' },
    { label: 'TITRE', value: 'Le port agrandit ses quais' },
    { label: 'AUTEUR', value: 'Morel, Jean' },
    { label: 'BODY', value: '' },
    { lines: ['Le port agrandit ses quais cette année.'] },
    { label: 'LANGUE', value: 'FRANÇAIS' },
  ],
];

export const DUTCH: ClassicBlock[][] = [
  [
    { centred: '1 van 1 documenten' },
    { centred: 'De Verzonnen Krant' },
    { centred: '17 mei 2003 zaterdag' },
    { label: 'LENGTE', value: '80 woorden' },
    { label: 'KOP', value: 'Nieuwe fietsbrug geopend' },
    { label: 'AUTEUR', value: 'Jan Pieters' },
    { label: 'TEKST', value: '' },
    { lines: ['De fietsbrug is zaterdag geopend.'] },
    { label: 'TAAL', value: 'NEDERLANDS' },
  ],
];

/**
 * An invented English export as classic LexisNexis prints long text: a paragraph hard-wrapped over three
 * lines, curly quotes, a dash and accents (`\'hh` in RTF, UTF-8 in HTML), a two-line headline.
 */
export const WRAPPED: ClassicBlock[][] = [
  [
    { centred: '1 of 1 DOCUMENT' },
    { centred: 'Copyright 2016 The Lantern Post' },
    { centred: 'The Lantern Post (Eastvale)' },
    { centred: 'October 12, 2016 Wednesday' },
    { centred: 'FINAL EDITION' },
    { label: 'SECTION', value: 'NEWS; Pg. A3' },
    { label: 'LENGTH', value: '74 words' },
    { label: 'HEADLINE', value: 'Café owners win the right to keep their terraces' },
    { label: 'BYLINE', value: 'By Inès Calder' },
    { label: 'DATELINE', value: 'EASTVALE' },
    { label: 'BODY', value: '' },
    {
      lines: [
        'The council voted 7-2 on Tuesday to keep the terraces — a “small win for the street,” as one',
        'owner, Rosa Lind, put it — after a summer of petitions, hearings and a march down the',
        'high street.',
      ],
    },
    { lines: ['The terraces must close at 10 p.m. from November.'] },
    { label: 'LANGUAGE', value: 'ENGLISH' },
    { label: 'LOAD-DATE', value: 'October 13, 2016' },
    { label: 'SUBJECT', value: 'CITY COUNCILS (90%); RESTAURANTS (71%)' },
  ],
];
