import { readFileSync, existsSync } from 'node:fs';
import { ParseOption, XmlBufferInputProvider, XmlDocument, XsdValidator, xmlRegisterInputProvider } from 'libxml2-wasm';
import { projectPath } from '../../common/project-root.js';

/**
 * The official IATI activity schemas shipped in data/reference/iati/<version>/ (see data/reference/SOURCES.md), compiled
 * once per worker. 2.01 and 2.02 files are checked with the 2.03 schema: the 2.0x line only added to it. The 1.0x
 * line is checked with 1.05 when that schema is shipped; without it, 1.0x files are read unvalidated (and say so).
 */
const schemaFiles = ['iati-activities-schema.xsd', 'iati-common.xsd', 'xml.xsd'] as const;
/** The name libxml2 knows the schemas by: its includes (iati-common.xsd, xml.xsd) resolve next to it. */
const virtualDir = (version: string) => `/iati-schemas/${version}/`;

export type SchemaVersion = '2.03' | '1.05';

/** Which shipped schema checks a declared version; null when the version is not one IATI has published. */
export function schemaFor(declaredVersion: string): SchemaVersion | null {
  if (/^2\.0[1-3]$/.test(declaredVersion)) return '2.03';
  if (/^1\.0[1-5]$/.test(declaredVersion)) return '1.05';
  return null;
}

export function isSchemaShipped(version: SchemaVersion): boolean {
  return existsSync(projectPath('data', 'reference', 'iati', version, schemaFiles[0]));
}

const validators = new Map<SchemaVersion, XsdValidator>();
let providerRegistered = false;

/**
 * Only the shipped schema files can be opened by libxml2, from memory: no other file and no network address is ever
 * read (the uploaded file's DOCTYPE or entities cannot reach /etc/passwd either; the parser is also told NO_XXE).
 */
function registerSchemaFiles(): void {
  if (providerRegistered) return;
  const files: Record<string, Uint8Array> = {};
  for (const version of ['2.03', '1.05'] as const) {
    if (!isSchemaShipped(version)) continue;
    for (const file of schemaFiles) files[virtualDir(version) + file] = readFileSync(projectPath('data', 'reference', 'iati', version, file));
  }
  xmlRegisterInputProvider(new XmlBufferInputProvider(files));
  providerRegistered = true;
}

/** The compiled validator of a shipped schema (kept for the worker's life: compiling 2.03 takes ~50 ms). */
export function schemaValidator(version: SchemaVersion): XsdValidator {
  const known = validators.get(version);
  if (known) return known;
  registerSchemaFiles();
  const url = virtualDir(version) + schemaFiles[0];
  const schema = XmlDocument.fromBuffer(readFileSync(projectPath('data', 'reference', 'iati', version, schemaFiles[0])), { url, option: ParseOption.XML_PARSE_NONET });
  try {
    const validator = XsdValidator.fromDoc(schema);
    validators.set(version, validator);
    return validator;
  } finally {
    schema.dispose();
  }
}
