import type { OwnerClaim } from '@salw/store';
import { DeclarationOwnership, OwnershipUnavailableError } from '../ownership/declaration-ownership';

/** {@link DeclarationOwnership} in a Map, for HTTP tests; `unavailable` simulates Redis down. */
export class InMemoryDeclarationOwnership extends DeclarationOwnership {
  readonly owners = new Map<string, string>();
  unavailable = false;

  async claim(claims: readonly OwnerClaim[]): Promise<Array<string | undefined>> {
    if (this.unavailable) throw new OwnershipUnavailableError('simulated outage');
    return claims.map(({ declarationId, client }) => {
      const owner = this.owners.get(declarationId);
      if (owner === undefined) this.owners.set(declarationId, client);
      return owner === undefined || owner === client ? undefined : owner;
    });
  }
}
