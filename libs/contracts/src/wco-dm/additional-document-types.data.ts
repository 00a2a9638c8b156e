import type { DocumentType } from '../schemas/declaration.schema';
import { ownValue } from './own-value.util';

/**
 * AdditionalDocument CategoryCode + TypeCode (together the four-character DE 2/3 document code) to the
 * Declaration v1 document type. A code not listed here maps to OTHER. Sources, checked 2026-11:
 *
 * - N935: invoice giving the transaction value; required wherever valuation method 1 is used
 *   (HMRC CDS step-by-step guide CDSSG12080, https://gov.uk/hmrc-internal-manuals/customs-cds-volume-3-tariff-step-by-step-guide/cdssg12080).
 * - N380 commercial invoice, N325 proforma invoice, N271 packing list: category N carries UN/EDIFACT
 *   1001 document name codes (UNECE https://service.unece.org/trade/untdid/d13a/tred/tred1001.htm;
 *   names as in HMRC's code list hmrc/customs-declare-exports-frontend conf/code-lists/document-type-autocomplete-list.json).
 * - N811 export licence, N911 import licence: UN/EDIFACT 1001 (EANCOM DOC segment, http://eancom.com/ean02s3/part2/ifcsum/0574.htm).
 * - X002: "Export licence: Dual use export authorisation" (UK trade tariff document codes, as in
 *   futureborders/-stw-trade-tariff-api stw-trade-tariff-api-ft/src/test/resources/features/measures.feature).
 * - X060 individual export authorisation, X061-X068 Union general export authorisations EU001-EU008,
 *   X070 global export authorisation, X071 national general export authorisation, X072 transit
 *   authorisation: the codes that replaced X002 under dual-use Regulation (EU) 2021/821
 *   (https://www.respectus.space/post/the-recast-dual-use-regulation-replaces-document-codes-for-dual-use-customs-export-declarations).
 * - 9104: "National Document: Standard individual Export Licence: military goods and dual use goods
 *   subject to UK export controls" (same measures.feature as X002). National codes have category 9.
 *
 * END_USER_CERTIFICATE has no entry: no DE 2/3 code for an end-user certificate could be confirmed.
 */
export const DOCUMENT_TYPE_BY_CODE: Readonly<Record<string, DocumentType>> = {
  N935: 'INVOICE',
  N380: 'INVOICE',
  N325: 'INVOICE',
  N271: 'PACKING_LIST',
  N811: 'EXPORT_LICENCE',
  N911: 'IMPORT_LICENCE',
  X002: 'EXPORT_LICENCE',
  X060: 'EXPORT_LICENCE',
  X061: 'EXPORT_LICENCE',
  X062: 'EXPORT_LICENCE',
  X063: 'EXPORT_LICENCE',
  X064: 'EXPORT_LICENCE',
  X065: 'EXPORT_LICENCE',
  X066: 'EXPORT_LICENCE',
  X067: 'EXPORT_LICENCE',
  X068: 'EXPORT_LICENCE',
  X070: 'EXPORT_LICENCE',
  X071: 'EXPORT_LICENCE',
  X072: 'TRANSIT_AUTHORISATION',
  '9104': 'EXPORT_LICENCE',
};

/** The Declaration v1 type for a DE 2/3 category + type code; OTHER when the code is not in the table. */
export function documentTypeFor(
  categoryCode: string | undefined,
  typeCode: string | undefined,
): DocumentType {
  if (categoryCode === undefined || typeCode === undefined) return 'OTHER';
  return ownValue(DOCUMENT_TYPE_BY_CODE, `${categoryCode}${typeCode}`.toUpperCase()) ?? 'OTHER';
}
