/**
 * Russian wording of libxml2's most common schema messages, so a problem reads in the user's language. libxml2 words
 * its messages in a few fixed shapes (xmlschemas.c); a shape not listed here keeps libxml2's English in both.
 */
const shapes: { pattern: RegExp; ru: (...parts: string[]) => string }[] = [
  { pattern: /^Element '([^']+)': Missing child element\(s\)\. Expected is (.+)\.$/, ru: (element, expected) => `Элемент «${element}»: не хватает вложенного элемента, ожидается ${expected}.` },
  { pattern: /^Element '([^']+)': This element is not expected\. Expected is (.+)\.$/, ru: (element, expected) => `Элемент «${element}» здесь не ожидается, ожидается ${expected}.` },
  { pattern: /^Element '([^']+)': This element is not expected\.$/, ru: (element) => `Элемент «${element}» здесь не ожидается.` },
  { pattern: /^Element '([^']+)': The attribute '([^']+)' is required but missing\.$/, ru: (element, attribute) => `Элемент «${element}»: нет обязательного атрибута «${attribute}».` },
  { pattern: /^Element '([^']+)', attribute '([^']+)': The attribute '[^']+' is not allowed\.$/, ru: (element, attribute) => `Элемент «${element}»: атрибут «${attribute}» здесь не допускается.` },
  {
    pattern: /^Element '([^']+)', attribute '([^']+)': '(.*)' is not a valid value of the atomic type '([^']+)'\.$/s,
    ru: (element, attribute, value, type) => `Элемент «${element}», атрибут «${attribute}»: «${value}» — недопустимое значение типа ${type}.`,
  },
  { pattern: /^Element '([^']+)': '(.*)' is not a valid value of the atomic type '([^']+)'\.$/s, ru: (element, value, type) => `Элемент «${element}»: «${value}» — недопустимое значение типа ${type}.` },
  { pattern: /^Element '([^']+)': Character content other than whitespace is not allowed because the content type is 'element-only'\.$/, ru: (element) => `Элемент «${element}»: текст здесь не допускается, только вложенные элементы.` },
  { pattern: /^Element '([^']+)': No matching global declaration available for the validation root\.$/, ru: (element) => `Корневой элемент «${element}» не описан в схеме IATI.` },
];

export function wordInRussian(message: string): string {
  for (const shape of shapes) {
    const match = shape.pattern.exec(message);
    if (match) return shape.ru(...match.slice(1));
  }
  return message;
}
