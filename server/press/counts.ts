/**
 * The number of participants a release states: «71 человек», «более 60 участников», «Более сорока», «Около ста
 * двадцати участников», "Twenty-four participants", "Some 30 residents", «40тан ашык катышуучу», «60ка жакын адам».
 * Numbers of other things (children, pupils, soms, residents served) are not counts: the number must stand next to a
 * word for people taking part.
 */
const ruUnits: Record<string, number> = {
  один: 1, одного: 1, два: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7,
  восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, одиннадцать: 11, одиннадцати: 11, двенадцать: 12, двенадцати: 12,
  пятнадцать: 15, пятнадцати: 15, двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50, пятидесяти: 50,
  шестьдесят: 60, шестидесяти: 60, семьдесят: 70, семидесяти: 70, восемьдесят: 80, восьмидесяти: 80, девяносто: 90, девяноста: 90,
  сто: 100, ста: 100, двести: 200, двухсот: 200, триста: 300, трехсот: 300, трёхсот: 300,
};
const enUnits: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
};
const kyUnits: Record<string, number> = {
  бир: 1, эки: 2, үч: 3, төрт: 4, беш: 5, алты: 6, жети: 7, сегиз: 8, тогуз: 9, он: 10, жыйырма: 20, отуз: 30, кырк: 40, элүү: 50, алтымыш: 60,
  жетимиш: 70, сексен: 80, токсон: 90, жүз: 100,
};
const units: Record<string, number> = { ...ruUnits, ...enUnits, ...kyUnits };

/** "ста двадцати" → 120, "twenty-four" → 24; null when the words are not a number. */
export function wordsToNumber(words: string[]): number | null {
  let total = 0;
  let any = false;
  for (const word of words) {
    const parts = word.toLowerCase().split('-');
    // "twenty-four" is a number; «Жети-Өгүз» (a rayon) is not seven of anything.
    if (parts.some((part) => units[part] === undefined)) return any ? total : null;
    for (const part of parts) {
      const n = units[part]!;
      total = n === 100 && total > 0 && total < 10 ? total * 100 : total + n;
      any = true;
    }
  }
  return any ? total : null;
}

const people =
  '(?:участник\\p{L}*|человек\\p{L}*|людей|члено\\p{L}*|глав(?:ы)?(?![\\p{L}])|руководител\\p{L}*|сотрудник\\p{L}*|чел\\.|представител\\p{L}*|специалист\\p{L}*|депутат\\p{L}*|жител\\p{L}*|слушател\\p{L}*|' +
  'participants?|people|members|heads|leaders|staff|mayors|persons|representatives|specialists|residents|delegates|attendees|officials|trainees|deputies|' +
  'катышуучу\\p{L}*|башчы\\p{L}*|кызматкер\\p{L}*|адам\\p{L}*|киши\\p{L}*|өкүл\\p{L}*|адис\\p{L}*)';
const numberWord = '\\p{L}[\\p{L}-]*';
/** A number in digits (with a Kyrgyz ending written on: «40тан») or in up to three words, then up to two words, then a word for people. */
const countRe = new RegExp(
  `(?<![\\p{L}\\d.,])(\\d{1,4})(?:-?\\p{L}{1,4})?(?:\\s+(?:ашык|жакын|чейин))?\\s+(?:\\p{L}[\\p{L}-]*\\s+){0,2}?${people}(?![\\p{L}])` +
    `|(?<![\\p{L}])(${numberWord}(?:\\s+${numberWord}){0,2})\\s+(?:\\p{L}[\\p{L}-]*\\s+){0,1}?${people}(?![\\p{L}])`,
  'giu',
);

export function participantCount(text: string): number | null {
  for (const m of text.matchAll(countRe)) {
    if (m[1]) {
      const n = Number(m[1]);
      if (n >= 2 && !(n >= 1900 && n <= 2100)) return n;
      continue;
    }
    const words = m[2]!.split(/\s+/);
    // The number may be any trailing part of the words before the noun: «Более сорока», «Около ста двадцати».
    for (let i = 0; i < words.length; i += 1) {
      const n = wordsToNumber(words.slice(i));
      if (n !== null && n >= 2) return n;
    }
  }
  return null;
}
