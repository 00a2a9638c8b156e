import type { ContractViolation, WatchlistEntryRecord } from '@salw/contracts';
import type { WatchlistProblem } from '../errors/watchlist-parse.error';
import { normaliseAddressKey } from '../identifiers/address-key.normaliser';
import { normaliseContainerNumber } from '../identifiers/container-number.normaliser';
import { normaliseImoNumber } from '../identifiers/imo-number.normaliser';
import { normaliseTraderId } from '../identifiers/trader-id.normaliser';
import type { IdentifierCheck, WatchlistEntry } from '../model/watchlist-entry.model';
import type { WatchlistWarning } from '../model/watchlist-file.model';
import { collapseWhitespace } from '../text/collapse-whitespace.util';

export type RecordMapping =
  | { readonly kind: 'entry'; readonly entry: WatchlistEntry; readonly warnings: readonly WatchlistWarning[] }
  | { readonly kind: 'refused'; readonly problems: readonly WatchlistProblem[] };

/** Within one JSON Lines line the JSON reader's "line 1, column N" is only a column. */
const JSON_POSITION = / at line 1, column (\d+)/u;

export function violationsToProblems(
  line: number,
  violations: readonly ContractViolation[],
): WatchlistProblem[] {
  return violations.map((violation) => {
    const position = JSON_POSITION.exec(violation.message);
    const message = violation.message.replace(JSON_POSITION, '');
    return {
      line,
      ...(position?.[1] !== undefined ? { column: Number(position[1]) } : {}),
      ...(violation.path !== '(root)' ? { field: violation.path } : {}),
      message,
    };
  });
}

interface ValueKey {
  readonly key?: string;
  readonly check?: IdentifierCheck;
  readonly problem?: string;
}

function valueKeyFor(kind: WatchlistEntryRecord['kind'], value: string): ValueKey {
  switch (kind) {
    case 'CONTAINER': {
      const container = normaliseContainerNumber(value);
      if (!container.wellFormed) {
        return {
          problem: `'${value}' is not an ISO 6346 container number (3-letter owner code, U/J/Z, 6-digit serial, check digit)`,
        };
      }
      return container.checkDigitValid
        ? { key: container.key, check: 'valid' }
        : {
            problem: `container ${container.key} has check digit ${container.key[10]}; ISO 6346 gives ${container.expectedCheckDigit} (a mistyped number would never match)`,
          };
    }
    case 'VESSEL': {
      const imo = normaliseImoNumber(value);
      if (!imo.wellFormed)
        return { problem: `'${value}' is not an IMO ship number (IMO followed by 7 digits)` };
      return imo.checkDigitValid
        ? { key: imo.key, check: 'valid' }
        : {
            problem: `${imo.key} has check digit ${imo.key[9]}; the IMO rule gives ${imo.expectedCheckDigit} (a mistyped number would never match)`,
          };
    }
    case 'ADDRESS': {
      const key = normaliseAddressKey(value);
      return key === '' ? { problem: 'address has no letters or digits' } : { key };
    }
    case 'IDENTIFIER':
    case 'PARTY': {
      const key = normaliseTraderId(value);
      return key === '' ? { problem: 'identifier has no letters or digits' } : { key };
    }
  }
}

/**
 * Turns one contract-valid record (docs/contracts.md 5.2) into a WatchlistEntry, adding the
 * checks a schema cannot express: meaningful text, identifier shape and check digits (a container
 * or IMO number with a wrong check digit refuses the file: it is a typing error in the list, and
 * the listed number would never match a declaration), and date order.
 */
export function mapWatchlistRecord(record: WatchlistEntryRecord, line: number): RecordMapping {
  const problems: WatchlistProblem[] = [];
  const warnings: WatchlistWarning[] = [];
  const name = record.name === undefined ? undefined : collapseWhitespace(record.name);
  if (name === '') problems.push({ line, field: 'name', message: 'is blank' });
  const aliases = (record.aliases ?? []).map(collapseWhitespace);
  aliases.forEach((alias, index) => {
    if (alias === '') problems.push({ line, field: `aliases[${index}]`, message: 'is blank' });
  });

  let valueKey: ValueKey = {};
  if (record.value !== undefined) {
    valueKey = valueKeyFor(record.kind, record.value);
    if (valueKey.problem !== undefined) problems.push({ line, field: 'value', message: valueKey.problem });
  }
  if (
    record.listedOn !== undefined &&
    typeof record.expiresOn === 'string' &&
    record.expiresOn < record.listedOn
  ) {
    problems.push({
      line,
      field: 'expiresOn',
      message: `${record.expiresOn} is before listedOn ${record.listedOn}`,
    });
  }
  if (problems.length > 0) return { kind: 'refused', problems };

  const entry: WatchlistEntry = {
    list: record.list,
    entryId: record.entryId,
    kind: record.kind,
    ...(name !== undefined ? { name } : {}),
    aliases: aliases.map((alias) => ({ name: alias, quality: 'unspecified' as const })),
    ...(record.country !== undefined ? { country: record.country } : {}),
    ...(record.reason !== undefined ? { reason: record.reason } : {}),
    ...(record.points !== undefined ? { points: record.points } : {}),
    ...(record.listedOn !== undefined ? { listedOn: record.listedOn } : {}),
    ...(record.expiresOn !== undefined ? { expiresOn: record.expiresOn } : {}),
    ...(record.value !== undefined ? { value: record.value } : {}),
    ...(valueKey.key !== undefined ? { valueKey: valueKey.key } : {}),
    ...(valueKey.check !== undefined ? { valueCheck: valueKey.check } : {}),
    addresses: [],
    nationalities: [],
    countries: record.country !== undefined ? [record.country] : [],
    documents: [],
  };
  return { kind: 'entry', entry, warnings };
}
