// @parley/core/jsonld: schema.org JSON-LD for search engines and aggregators. A separate entry
// point, so pages that only show a timeline never load it.
export {
  exportJsonLd,
  type ExportJsonLdOptions,
  type JsonLdDocument,
  type JsonLdNode,
  type JsonLdValue,
} from './export-jsonld.js';
export { jsonLdScript } from './jsonld-script.js';
