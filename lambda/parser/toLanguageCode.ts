const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const MAX_NAME_CHARS = 60;

/** The languages most exports are in: answered without building the full table (a cold-start cost). */
const COMMON: Readonly<Record<string, string>> = {
  english: 'en',
  spanish: 'es',
  french: 'fr',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  russian: 'ru',
  chinese: 'zh',
  japanese: 'ja',
  arabic: 'ar',
  // As German, French, Dutch and Spanish interfaces of Nexis print them.
  deutsch: 'de',
  englisch: 'en',
  französisch: 'fr',
  spanisch: 'es',
  niederländisch: 'nl',
  italienisch: 'it',
  français: 'fr',
  francais: 'fr',
  anglais: 'en',
  allemand: 'de',
  néerlandais: 'nl',
  espagnol: 'es',
  italien: 'it',
  nederlands: 'nl',
  engels: 'en',
  duits: 'de',
  frans: 'fr',
  spaans: 'es',
  español: 'es',
  inglés: 'en',
  alemán: 'de',
  francés: 'fr',
};

/** Names that exports print but that ICU spells otherwise. */
const ALIASES: Readonly<Record<string, string>> = {
  farsi: 'fa',
  flemish: 'nl',
  castilian: 'es',
  'chinese simplified': 'zh',
  'chinese traditional': 'zh',
  mandarin: 'zh',
  tagalog: 'tl',
};

/** Withdrawn codes that ICU still names; their current codes win (`he`, not `iw`). */
const DEPRECATED = new Set(['in', 'iw', 'ji', 'jw', 'mo', 'sh', 'tw']);

let codesByName: Map<string, string> | null = null;

/** English name → ISO 639-1 code, built once from the runtime's own Unicode data (ICU) instead of a copied table. */
function languageCodesByName(): Map<string, string> {
  if (codesByName !== null) return codesByName;
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const codes = new Map<string, string>();
  for (const first of ALPHABET) {
    for (const second of ALPHABET) {
      const code = first + second;
      const name = names.of(code);
      if (name !== undefined && name !== code && !DEPRECATED.has(code)) codes.set(name.toLowerCase(), code);
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) codes.set(name, code);
  codesByName = codes;
  return codes;
}

/**
 * The BCP 47 code of a language named in English as exports print it (`ENGLISH`, `Spanish; Castilian`,
 * `French`); null when the name is not a language.
 *
 * @example
 * ```ts
 * toLanguageCode('ENGLISH'); // 'en'
 * ```
 */
export function toLanguageCode(name: string): string | null {
  if (name.length > MAX_NAME_CHARS) return null;
  const normalized = name.trim().toLowerCase().replace(/\s+/g, ' ');
  if (normalized === '') return null;
  const common = COMMON[normalized];
  if (common !== undefined) return common;
  const codes = languageCodesByName();
  const direct = codes.get(normalized);
  if (direct !== undefined) return direct;
  // `Spanish; Castilian`, `ENGLISH (US)`: the first name decides.
  const first = normalized.split(/[;,(/]/)[0]!.trim();
  return COMMON[first] ?? codes.get(first) ?? null;
}
