/** The ingest stage: files, directories, URLs and stdin in, Articles out. */
export { readSources } from './read-sources.ts';
export { walkDirectory, type WalkEntry } from './walk-directory.ts';
export { articleFromBytes, type SourceMeta } from './article-from-bytes.ts';
export { fetchDocument, type FetchedDocument, type FetchInternals, type FetchRequest } from './fetch-document.ts';
export { detectLang } from './detect-lang.ts';
export { findPublishedDate, type PublishedDate, type PublishedFrom } from './find-published-date.ts';
export { findDateline } from './find-dateline.ts';
export { classifyAddress } from './classify-address.ts';
export { type IngestOptions, type IngestItem, DEFAULT_INCLUDE, DEFAULT_MAX_BYTES } from './ingest-options.ts';
