/** Import and export of `.funnel.json` files. */
export { parseDocument, MAX_FILE_BYTES, MAX_PROBLEMS, type ParseResult, type ParseOptions } from './parse';
export { serializeDocument, orderedDocument } from './serialize';
export { MIGRATIONS, FIRST_VERSION, migrate, registryGaps, type Migration, type MigrationRegistry, type RawDocument } from './migrations';
export { locateJsonError, type JsonErrorPlace } from './json-error';
export { describePlace, formatPath } from './places';
