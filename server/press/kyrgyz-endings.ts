/**
 * Kyrgyz case and possessive endings, for reducing an inflected name to its base: «Асылбашта» → «Асылбаш»,
 * «ГАМСУМОнун» → «ГАМСУМО», «Кадамжай районунан» keeps «Кадамжай» (the name is not inflected, the noun is).
 * No maintained Kyrgyz morphology library exists for JavaScript (nor a Snowball stemmer), so this small table is
 * the documented fallback that issue 13 allows. Kyrgyz endings follow vowel harmony (a/e/o/ө, ы/и/у/ү) and
 * assimilate their first consonant to the stem's last sound (н/д/т, г/к, л/д/т), hence the variants.
 *
 *   genitive   -нын -нин -нун -нүн -дын -дин -дун -дүн -тын -тин -тун -түн
 *   dative     -га -ге -го -гө -ка -ке -ко -кө -на -не -а -е (after a possessive)
 *   accusative -ны -ни -ну -нү -ды -ди -ду -дү -ты -ти -ту -тү
 *   locative   -да -де -до -дө -та -те -то -тө -нда -нде -ндо -ндө
 *   ablative   -дан -ден -дон -дөн -тан -тен -тон -төн -нан -нен -нон -нөн
 *   possessive (3rd person) -ы -и -у -ү -сы -си -су -сү, before a case ending: -ы+нын, -сы+на …
 *   plural     -лар -лер -лор -лөр -дар -дер -дор -дөр -тар -тер -тор -төр
 *   "-ish" / place suffix written after a number («40тан», «60ка») is handled by the count parser, not here.
 */
const cases = [
  'нын', 'нин', 'нун', 'нүн', 'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн',
  'га', 'ге', 'го', 'гө', 'ка', 'ке', 'ко', 'кө', 'на', 'не', 'но', 'нө',
  'ны', 'ни', 'ну', 'нү', 'ды', 'ди', 'ду', 'дү', 'ты', 'ти', 'ту', 'тү',
  'да', 'де', 'до', 'дө', 'та', 'те', 'то', 'тө', 'нда', 'нде', 'ндо', 'ндө',
  'дан', 'ден', 'дон', 'дөн', 'тан', 'тен', 'тон', 'төн', 'нан', 'нен', 'нон', 'нөн',
];
const possessives = ['ы', 'и', 'у', 'ү', 'сы', 'си', 'су', 'сү'];
const plurals = ['лар', 'лер', 'лор', 'лөр', 'дар', 'дер', 'дор', 'дөр', 'тар', 'тер', 'тор', 'төр'];

/** Every base a Kyrgyz word may have once a case (and possessive, and plural) ending is taken off; shortest last. */
export function kyrgyzBases(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set<string>();
  const strip = (stem: string, endings: string[]) => endings.filter((e) => stem.length - e.length >= 3 && stem.endsWith(e)).map((e) => stem.slice(0, -e.length));
  for (const afterCase of [lower, ...strip(lower, cases)]) {
    out.add(afterCase);
    for (const afterPossessive of strip(afterCase, possessives)) {
      out.add(afterPossessive);
      for (const afterPlural of strip(afterPossessive, plurals)) out.add(afterPlural);
    }
    for (const afterPlural of strip(afterCase, plurals)) out.add(afterPlural);
  }
  out.delete(lower);
  return [...out];
}
