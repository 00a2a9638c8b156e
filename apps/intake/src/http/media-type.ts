export interface MediaType {
  /** `type/subtype`, lower case. */
  readonly type: string;
  readonly charset?: string;
}

/** `application/json; charset=UTF-8` -> `{ type: 'application/json', charset: 'utf-8' }`; undefined when absent or unreadable. */
export function parseMediaType(header: string | undefined): MediaType | undefined {
  if (header === undefined) return undefined;
  const [typePart, ...parameters] = header.split(';');
  const type = typePart.trim().toLowerCase();
  if (!/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type)) return undefined;
  let charset: string | undefined;
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=').map((part) => part?.trim());
    if (name?.toLowerCase() === 'charset' && value) charset = value.replace(/^"|"$/g, '').toLowerCase();
  }
  return charset === undefined ? { type } : { type, charset };
}
