import { gunzipSync } from 'node:zlib';
import { iatiLimits, megabytes } from './iati-limits.js';
import { refuse } from './iati-read-error.js';

const gzipMagic = [0x1f, 0x8b];
/** Standard base64 alphabet, padded; whitespace (line breaks of MIME-style encoders) is removed before the check. */
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

const tooLarge = (what: 'upload' | 'unpacked') =>
  what === 'upload'
    ? refuse('TOO_LARGE', `the file is larger than ${megabytes(iatiLimits.xmlBytes)}, the most an IATI file may have`, `файл больше ${megabytes(iatiLimits.xmlBytes).replace('MB', 'МБ')} — это предел для файла IATI`)
    : refuse('TOO_LARGE', `the file unpacks to more than ${megabytes(iatiLimits.xmlBytes)}, the most an IATI file may have`, `распакованный файл больше ${megabytes(iatiLimits.xmlBytes).replace('MB', 'МБ')} — это предел для файла IATI`);

/**
 * Turns the uploaded base64 text into the XML bytes: strict base64 (Node's decoder skips what it does not know, so
 * the alphabet is checked first), then gunzip when the bytes start with gzip's magic number. Both the decoded and
 * the unpacked bytes are capped; zlib stops inflating at the cap (maxOutputLength), so a gzip bomb costs at most that.
 */
export function decodeIatiUpload(fileBase64: string): Buffer {
  // Before decoding: a string whose decoded size must exceed the cap is refused without spending the memory.
  if (fileBase64.length > (iatiLimits.xmlBytes / 3) * 4 * 1.1 + 1024) throw tooLarge('upload');
  const compact = fileBase64.replace(/[\t\n\r ]+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !base64Pattern.test(compact)) {
    throw refuse('NOT_BASE64', 'the file is not valid base64', 'файл передан не в кодировке base64');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > iatiLimits.xmlBytes) throw tooLarge('upload');
  if (bytes[0] !== gzipMagic[0] || bytes[1] !== gzipMagic[1]) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: iatiLimits.xmlBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge('unpacked');
    throw refuse('NOT_GZIP', 'the file starts like gzip but cannot be unpacked', 'файл похож на архив gzip, но не распаковывается');
  }
}
