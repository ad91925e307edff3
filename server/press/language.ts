/**
 * Which of the three languages a release is written in. Kyrgyz Cyrillic has letters Russian lacks (ө, ү, ң) and
 * frequent words of its own; Latin letters outnumbering Cyrillic ones make it English.
 */
export type Language = 'ru' | 'en' | 'ky';

const kyrgyzWords = /(?:^|[^\p{L}])(жана|менен|үчүн|боюнча|болуп|өттү|өкмөтү\p{L}*|катышты|жылы|районунда|облусунун)(?=[^\p{L}]|$)/giu;

export function detectLanguage(text: string, hint?: string | null): Language {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (latin > cyrillic) return 'en';
  const kyrgyzLetters = (text.match(/[өүңӨҮҢ]/g) ?? []).length;
  const words = (text.match(kyrgyzWords) ?? []).length;
  // A Russian release quotes Kyrgyz names ("Жети-Өгүз") now and then; Kyrgyz prose has those letters everywhere.
  if (cyrillic > 0 && (kyrgyzLetters / cyrillic > 0.02 || words >= 4)) return 'ky';
  if (cyrillic > 0) return 'ru';
  return hint === 'ru' || hint === 'ky' || hint === 'en' ? hint : 'en';
}
