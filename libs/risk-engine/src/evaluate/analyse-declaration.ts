import type { Declaration } from '@salw/contracts';
import type { CompiledProfile } from '../profile/compiled-profile.model';
import type { DeclarationAnalysis, ItemAnalysis } from '../indicators/indicator.model';
import { matchesUnderHs, type TermMatch } from '../text/phrase-matcher';

const NONE: readonly TermMatch[] = [];

/** Works out once per declaration what several indicators need: controlled headings and vocabulary matches per item. */
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
  return { items, anyControlled, anyArmsLike, submittedDate: declaration.submittedAt.slice(0, 10) };
}
