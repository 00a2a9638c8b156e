import type { OwnerClaim } from '@salw/store';

/** Redis did not answer: whether the client may submit the declaration is unknown. */
export class OwnershipUnavailableError extends Error {
  override readonly name = 'OwnershipUnavailableError';
}

/**
 * Which API client a declaration id belongs to: the first that submitted it. An abstract class (also
 * the injection token) so HTTP tests run against a typed in-memory fake.
 */
export abstract class DeclarationOwnership {
  /**
   * Per claim: undefined when the client may submit the declaration (it owns the id, now or already),
   * else the owning client's name. Throws {@link OwnershipUnavailableError} when the store does not answer.
   */
  abstract claim(claims: readonly OwnerClaim[]): Promise<Array<string | undefined>>;
}
