import type { DeclarationKind, TransportMode } from '../schemas/declaration.schema';

/**
 * Code lists the DEC-DMS mapping reads. Only codes whose meaning was checked against a source are here;
 * anything else is refused or reported, never guessed.
 */

/**
 * DE 7/4 mode of transport at the border, UN/ECE Recommendation 19
 * (https://www.digitalizetrade.org/implementation-instrument/un-recommendation-transport-code-recommendation-19-codes-mode-transport):
 * 0 not specified, 1 maritime, 2 rail, 3 road, 4 air, 5 mail, 6 multimodal, 7 fixed installation,
 * 8 inland water, 9 not applicable. 0 and 6-9 have no Declaration v1 mode and are reported as such.
 */
export const TRANSPORT_MODE_BY_CODE: Readonly<Record<string, TransportMode>> = {
  '1': 'SEA',
  '2': 'RAIL',
  '3': 'ROAD',
  '4': 'AIR',
  '5': 'POSTAL',
};

export const RECOMMENDATION_19_WITHOUT_CONTRACT_MODE: Readonly<Record<string, string>> = {
  '0': 'transport mode not specified',
  '6': 'multimodal transport',
  '7': 'fixed transport installation',
  '8': 'inland water transport',
  '9': 'transport mode not applicable',
};

/**
 * DE 1/1 declaration type, the first two letters of Declaration/TypeCode (the third is DE 1/2, the
 * additional declaration type: HMRC CDS writes IMZ, EXA). Codes from the UCC/CCIP form codes (Annex 38,
 * box 1, first subdivision: EX, IM, CO). CO (trade with special fiscal territories) does not say
 * whether goods come in or go out, so it is refused rather than guessed.
 */
export const DECLARATION_KIND_BY_TYPE_PREFIX: Readonly<Record<string, DeclarationKind>> = {
  IM: 'IMPORT',
  EX: 'EXPORT',
};

/**
 * Union/common transit declaration types (T mixed, T1 external, T2 internal, T2F), as listed with
 * document codes 820-822 and T2F in HMRC's previous-document code list
 * (https://www.gov.uk/guidance/previous-document-codes-for-data-element-21-of-cds).
 */
export const TRANSIT_TYPE_CODES: ReadonlySet<string> = new Set(['T', 'T1', 'T2', 'T2F']);

/**
 * Declaration/FunctionCode, UN/EDIFACT 1225 message function: 9 original, 5 replacement (a complete
 * declaration that supersedes an earlier one), 13 request. HMRC CDS uses 13 with TypeCode COR for an
 * amendment that carries only the changed elements plus pointers, and 13 with TypeCode INV for a
 * cancellation (hmrc/customs-declare-exports cancellation schema; HMRC CDS amendment samples): neither
 * is a complete declaration, so neither can become a Declaration v1.
 */
export const FUNCTION_CODE_ORIGINAL = '9';
export const FUNCTION_CODE_REPLACEMENT = '5';
export const FUNCTION_CODE_REQUEST = '13';
export const REQUEST_TYPE_CODES: Readonly<Record<string, string>> = {
  COR: 'an amendment request (it carries only the changed elements)',
  INV: 'a cancellation request',
};

/**
 * Transport documents among DE 2/1 previous-document type codes (HMRC list above): 703 house waybill,
 * 704 master bill of lading, 705 bill of lading, 714 house bill of lading, 720 rail consignment note,
 * 730 road consignment note, 740 air waybill, 741 master air waybill, 750 despatch note (post parcels),
 * 760 multimodal/combined transport document.
 */
export const TRANSPORT_DOCUMENT_TYPE_CODES: ReadonlySet<string> = new Set([
  '703',
  '704',
  '705',
  '714',
  '720',
  '730',
  '740',
  '741',
  '750',
  '760',
]);

/**
 * Mass units (UN/ECE Recommendation 20) to kilograms. HMRC CDS sends GrossMassMeasure and
 * NetNetWeightMeasure without unitCode and means kilograms (comment in the HMRC sample: "unitCode
 * specifies the default Kilograms as specified by UCC").
 */
export const KILOGRAMS_PER_UNIT: Readonly<Record<string, number>> = {
  KGM: 1,
  GRM: 0.001,
  TNE: 1000,
};

/** DE 7/9 identification type 10 = IMO ship identification number (HMRC sample comment). */
export const IMO_IDENTIFICATION_TYPE_CODE = '10';

/** Commodity/Classification/IdentificationTypeCode: TSP = CN 8 digits, TRC = TARIC 2-digit suffix (HMRC sample). */
export const COMMODITY_CODE_TYPE = 'TSP';
export const TARIC_SUFFIX_TYPE = 'TRC';
