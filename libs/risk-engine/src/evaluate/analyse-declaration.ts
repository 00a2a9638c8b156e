import { PARTY_ROLES, type Declaration, type Party, type PartyRole } from '@salw/contracts';
import type { CompiledProfile } from '../profile/compiled-profile.model';
import type { DeclarationAnalysis, ItemAnalysis, RoleParty } from '../indicators/indicator.model';
import { matchesUnderHs, type TermMatch } from '../text/phrase-matcher';

const NONE: readonly TermMatch[] = [];
const ROLE_RANK: ReadonlyMap<string, number> = new Map(PARTY_ROLES.map((role, rank) => [role, rank]));

/**
 * The parties present, in `PARTY_ROLES` order. Walks the keys the declaration has rather than asking
 * for every role: most roles are absent, and a look-up by a varying missing key is slow.
 */
function presentParties(parties: Declaration['parties']): RoleParty[] {
  const present: RoleParty[] = [];
  const byRole = parties as Readonly<Record<string, Party | undefined>>;
  for (const key in byRole) {
    const rank = ROLE_RANK.get(key);
    const party = byRole[key];
    if (rank === undefined || !party) continue;
    // Insertion by rank: the keys usually come in schema order already.
    let at = present.length;
    while (at > 0 && (ROLE_RANK.get((present[at - 1] as RoleParty).role) as number) > rank) {
      present[at] = present[at - 1] as RoleParty;
      at -= 1;
    }
    present[at] = { role: key as PartyRole, party };
  }
  return present;
}

/**
 * Works out once per declaration what several indicators need: controlled headings and vocabulary
 * matches per item, and the parties present (looked up by role once, not by every indicator).
 */
export function analyseDeclaration(declaration: Declaration, profile: CompiledProfile): DeclarationAnalysis {
  const items: ItemAnalysis[] = [];
  let anyControlled = false;
  let anyArmsLike = false;
  for (let index = 0; index < declaration.items.length; index++) {
    const item = declaration.items[index]!;
    const controlled = profile.controlledHs.lookup(item.hsCode);
    const text = profile.matcher.match(item.description);
    const arms = matchesUnderHs(text.byVocabulary.get(profile.armsVocabulary) ?? NONE, item.hsCode);
    const armsLike = controlled !== undefined || arms.length > 0;
    anyControlled ||= controlled !== undefined;
    anyArmsLike ||= armsLike;
    items.push({ index, item, controlled, text, arms, armsLike });
  }
  return {
    items,
    parties: presentParties(declaration.parties),
    anyControlled,
    anyArmsLike,
    submittedDate: declaration.submittedAt.slice(0, 10),
  };
}
