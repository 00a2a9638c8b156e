/** Looks a code up in a data table without ever reaching inherited keys such as `constructor`. */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  if (key === undefined || !Object.prototype.hasOwnProperty.call(table, key)) return undefined;
  return table[key];
}

/** A copy without the keys whose value is undefined: the contract rejects unknown or ill-typed fields. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
