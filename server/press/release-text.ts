import { BadInputError } from '../errors.js';
import type { PressReleaseInput } from './press.input.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The plain text of a release: `text` as given, or a file read to text. Plain text and HTML for now (HTML by
 * dropping tags, scripts and styles, one line per block, entities decoded); Word and PDF are not read yet.
 * Offsets in the draft count in the text this returns, which the draft hands back.
 */
export function releaseText(input: PressReleaseInput): string {
  if (input.text != null && input.file != null) throw new BadInputError('text', 'give text or file, not both');
  if (input.text != null) return input.text.replace(/\r\n?/g, '\n');
  if (input.file == null) throw new BadInputError('text', 'give the release as text or as a file');
  const name = (input.fileName ?? '').toLowerCase();
  const base64 = input.file.replace(/^data:[^,]*,/, '');
  if (!/^[A-Za-z0-9+/=\s]*$/.test(base64)) throw new BadInputError('file', 'is not base64');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw new BadInputError('file', 'is larger than 5 MB');
  if (name.endsWith('.txt') || name === '') return new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  if (name.endsWith('.html') || name.endsWith('.htm')) return htmlText(new TextDecoder('utf-8').decode(bytes));
  throw new BadInputError('fileName', 'only .txt and .html files are read for now (.docx and .pdf are not yet)');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–' };

function htmlText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|article|section|header|footer|title)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (entities[e.toLowerCase()] ?? all),
    )
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
