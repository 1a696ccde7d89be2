/**
 * Words that make a capitalised phrase a place when they end it (`Po River`, `Heartbreak Hill`, `Napa County`).
 * Lowercased, as `Token.norm` spells them.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `river rivers lake lakes hill hills mountain mountains mount valley bay gulf island islands isle sea ocean
  coast peninsula strait canyon desert forest park street avenue boulevard square bridge county province
  region district falls creek harbor harbour beach plain plains plateau basin delta arena stadium field
  ground grounds hall theater theatre airport station pier plaza mall tower reef highway road lane drive
  dam canal speedway ballpark gardens garden memorial monument cemetery neighborhood neighbourhood
  township borough quarter way end barracks`.split(/\s+/),
);
