export * from './mapping-result';
export { mapDecDmsToDeclaration } from './map-dec-dms-to-declaration';
export { parseDecDmsXml, MAX_DEC_DMS_BYTES, MAX_DEC_DMS_DEPTH } from './dec-dms-xml.parser';
export { DOCUMENT_TYPE_BY_CODE, documentTypeFor } from './additional-document-types.data';
