import type { DeclarationOwnerRepository, OwnerClaim } from '@salw/store';
import { DeclarationOwnership, OwnershipUnavailableError } from './declaration-ownership';

/** {@link DeclarationOwnership} in Redis, shared by every intake replica. */
export class RedisDeclarationOwnership extends DeclarationOwnership {
  constructor(private readonly owners: DeclarationOwnerRepository) {
    super();
  }

  async claim(claims: readonly OwnerClaim[]): Promise<Array<string | undefined>> {
    try {
      return await this.owners.claim(claims);
    } catch (error) {
      throw new OwnershipUnavailableError(`declaration owners not readable: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
}
