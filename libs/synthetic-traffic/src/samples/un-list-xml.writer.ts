import type { UnEntityRecord, UnIndividualRecord } from '../data/reference-data';

export interface UnListContent {
  readonly dateGenerated: string;
  readonly entities: readonly UnEntityRecord[];
  readonly individuals: readonly UnIndividualRecord[];
}

/**
 * Writes entries in the element structure of the UN Security Council Consolidated List XML
 * (CONSOLIDATED_LIST > INDIVIDUALS/ENTITIES), including its quirks: empty alias elements where
 * there is no alias, empty SORT_KEY elements, four-space indentation.
 */
export function writeUnListXml(content: UnListContent, comment: string): string {
  const out: string[] = [
    "<?xml version='1.0' encoding='UTF-8'?>",
    `<!-- ${comment.replace(/--/gu, '- -')} -->`,
  ];
  out.push(
    `<CONSOLIDATED_LIST xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:noNamespaceSchemaLocation='https://www.un.org/sc/resources/sc-sanctions.xsd' dateGenerated='${content.dateGenerated}'>`,
  );
  out.push('    <INDIVIDUALS>');
  for (const person of content.individuals) out.push(...individual(person));
  out.push('    </INDIVIDUALS>', '    <ENTITIES>');
  for (const entity of content.entities) out.push(...entityLines(entity));
  out.push('    </ENTITIES>', '</CONSOLIDATED_LIST>', '');
  return out.join('\n');
}

function individual(person: UnIndividualRecord): string[] {
  const lines = [
    '        <INDIVIDUAL>',
    el(3, 'DATAID', String(person.dataId)),
    el(3, 'VERSIONNUM', '1'),
    el(3, 'FIRST_NAME', person.first),
  ];
  if (person.second) lines.push(el(3, 'SECOND_NAME', person.second));
  if (person.third) lines.push(el(3, 'THIRD_NAME', person.third));
  if (person.fourth) lines.push(el(3, 'FOURTH_NAME', person.fourth));
  lines.push(
    el(3, 'UN_LIST_TYPE', person.listType),
    el(3, 'REFERENCE_NUMBER', person.ref),
    el(3, 'LISTED_ON', person.listedOn),
  );
  if (person.originalScript) lines.push(el(3, 'NAME_ORIGINAL_SCRIPT', person.originalScript));
  lines.push(el(3, 'COMMENTS1', person.comment));
  lines.push(
    ...values('NATIONALITY', [person.nationality]),
    ...values('LIST_TYPE', ['UN List']),
    ...values('LAST_DAY_UPDATED', [person.listedOn]),
  );
  lines.push(...aliases('INDIVIDUAL_ALIAS', person.aliases, 'Good'));
  lines.push(
    '            <INDIVIDUAL_ADDRESS>',
    el(4, 'COUNTRY', person.nationality),
    '            </INDIVIDUAL_ADDRESS>',
  );
  lines.push(
    '            <INDIVIDUAL_DATE_OF_BIRTH>',
    el(4, 'TYPE_OF_DATE', 'EXACT'),
    el(4, person.dob.length === 4 ? 'YEAR' : 'DATE', person.dob),
    '            </INDIVIDUAL_DATE_OF_BIRTH>',
  );
  lines.push('            <INDIVIDUAL_PLACE_OF_BIRTH/>');
  if (person.document) {
    lines.push(
      '            <INDIVIDUAL_DOCUMENT>',
      el(4, 'TYPE_OF_DOCUMENT', person.document.type),
      el(4, 'NUMBER', person.document.number),
      el(4, 'ISSUING_COUNTRY', person.document.country),
      '            </INDIVIDUAL_DOCUMENT>',
    );
  } else {
    lines.push('            <INDIVIDUAL_DOCUMENT/>');
  }
  lines.push('            <SORT_KEY/>', '            <SORT_KEY_LAST_MOD/>', '        </INDIVIDUAL>');
  return lines;
}

function entityLines(entity: UnEntityRecord): string[] {
  const lines = [
    '        <ENTITY>',
    el(3, 'DATAID', String(entity.dataId)),
    el(3, 'VERSIONNUM', '1'),
    el(3, 'FIRST_NAME', entity.name),
    el(3, 'UN_LIST_TYPE', entity.listType),
    el(3, 'REFERENCE_NUMBER', entity.ref),
    el(3, 'LISTED_ON', entity.listedOn),
    el(3, 'COMMENTS1', entity.comment),
    ...values('LIST_TYPE', ['UN List']),
    ...values('LAST_DAY_UPDATED', [entity.listedOn]),
    ...aliases('ENTITY_ALIAS', entity.aliases, 'a.k.a.'),
    '            <ENTITY_ADDRESS>',
  ];
  if (entity.address.street) lines.push(el(4, 'STREET', entity.address.street));
  lines.push(
    el(4, 'CITY', entity.address.city),
    el(4, 'COUNTRY', entity.address.country),
    '            </ENTITY_ADDRESS>',
  );
  lines.push('            <SORT_KEY/>', '            <SORT_KEY_LAST_MOD/>', '        </ENTITY>');
  return lines;
}

function aliases(element: string, names: readonly string[], quality: string): string[] {
  if (names.length === 0)
    return [
      `            <${element}>`,
      '                <QUALITY/>',
      '                <ALIAS_NAME/>',
      `            </${element}>`,
    ];
  return names.flatMap((name) => [
    `            <${element}>`,
    el(4, 'QUALITY', quality),
    el(4, 'ALIAS_NAME', name),
    `            </${element}>`,
  ]);
}

function values(element: string, items: readonly string[]): string[] {
  return [
    `            <${element}>`,
    ...items.map((item) => el(4, 'VALUE', item)),
    `            </${element}>`,
  ];
}

function el(depth: number, name: string, text: string): string {
  return `${'    '.repeat(depth)}<${name}>${escapeXml(text)}</${name}>`;
}

/** Text content only needs &, < and > escaped; quotes stay literal, as in the published file. */
export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
