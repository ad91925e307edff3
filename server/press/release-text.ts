import { convert } from 'html-to-text';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { BadInputError } from '../errors.js';
import type { PressReleaseInput } from './press.input.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The plain text of a release: `text` as given, or a file (base64) read to text with kept libraries: `.txt` as
 * UTF-8, `.html` with html-to-text (headings and paragraphs one per line, links and images dropped), `.docx` with
 * mammoth, `.pdf` with unpdf (text PDFs; a scan has no text to read). Offsets in the draft count in the text this
 * returns, which the draft hands back so that a client can show each finding where it was read.
 */
export async function releaseText(input: PressReleaseInput): Promise<string> {
  if (input.text != null && input.file != null) throw new BadInputError('text', 'give text or file, not both');
  if (input.text != null) return normalise(input.text);
  if (input.file == null) throw new BadInputError('text', 'give the release as text or as a file');
  const name = (input.fileName ?? '').toLowerCase();
  const base64 = input.file.replace(/^data:[^,]*,/, '');
  if (!/^[A-Za-z0-9+/=\s]*$/.test(base64)) throw new BadInputError('file', 'is not base64');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw new BadInputError('file', 'is larger than 5 MB');
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1] ?? 'txt';
  try {
    switch (extension) {
      case 'txt':
        return normalise(new TextDecoder('utf-8').decode(bytes));
      case 'html':
      case 'htm':
        return normalise(htmlText(new TextDecoder('utf-8').decode(bytes)));
      case 'docx':
        return normalise((await mammoth.extractRawText({ buffer: bytes })).value);
      case 'pdf': {
        const pdf = await getDocumentProxy(new Uint8Array(bytes));
        return normalise((await extractText(pdf, { mergePages: true })).text);
      }
    }
  } catch (error) {
    throw new BadInputError('file', `could not be read as .${extension}: ${error instanceof Error ? error.message : String(error)}`);
  }
  throw new BadInputError('fileName', 'give a .txt, .html, .docx or .pdf file');
}

/** One kind of line break, no trailing spaces, at most one empty line in a row. */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

const heading = { options: { uppercase: false } };

function htmlText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', ...heading },
      { selector: 'h2', ...heading },
      { selector: 'h3', ...heading },
      { selector: 'h4', ...heading },
      { selector: 'h5', ...heading },
      { selector: 'h6', ...heading },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}
