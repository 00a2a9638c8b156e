import type { Alert, Declaration } from '@salw/contracts';

/** The filter sets an alert belongs to (`sev:HIGH`, `ind:SANCTIONED_PARTY`, `office:NGAPP001`...). */
export function worklistIndexes(alert: Alert, declaration: Declaration | undefined): string[] {
  const indexes = new Set<string>([`sev:${alert.severity}`, `trigger:${alert.trigger}`]);
  for (const hit of alert.hits) indexes.add(`ind:${hit.indicator}`);
  for (const index of declarationIndexes(declaration)) indexes.add(index);
  return [...indexes];
}

/** The filters only the declaration can answer: office, transport mode, countries of route and parties. */
export function declarationIndexes(declaration: Declaration | undefined): string[] {
  if (!declaration) return [];
  const indexes = new Set<string>([`mode:${declaration.transport.mode}`]);
  if (declaration.office) indexes.add(`office:${declaration.office}`);
  const route = declaration.route;
  for (const country of [route.origin, route.destination, ...(route.transit ?? [])])
    indexes.add(`country:${country}`);
  for (const party of Object.values(declaration.parties)) {
    const country = (party as { address?: { country?: string } } | undefined)?.address?.country;
    if (country) indexes.add(`country:${country}`);
  }
  return [...indexes];
}
