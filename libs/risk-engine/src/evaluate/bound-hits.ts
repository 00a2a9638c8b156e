import type { Hit } from '@salw/contracts';
import { HIT_BOUNDS, type HitBounds } from './hit-bounds.constant';

const ELLIPSIS = '…';

/**
 * The hits a result publishes: per indicator the first `perIndicator` in the given (ranked) order,
 * then one summary hit "and N more lines" carrying the points, count and item lines of those left
 * out; long reasons and evidence trimmed. The caller scores the full list, so the score is the same
 * whether hits are folded or not, and the summary's points say how much of it the folded hits hold.
 * The input is expected ranked by `compareHits`; the output keeps that rank, with each summary right
 * after its indicator's last listed hit.
 */
export function boundHits(ranked: readonly Hit[], bounds: HitBounds = HIT_BOUNDS): Hit[] {
  const counts = new Map<string, number>();
  let overflow = false;
  for (const hit of ranked) {
    const n = (counts.get(hit.indicator) ?? 0) + 1;
    counts.set(hit.indicator, n);
    if (n > bounds.perIndicator) overflow = true;
  }

  const folded = new Map<string, Hit[]>();
  const listed: Hit[] = [];
  const seen = new Map<string, number>();
  for (const hit of ranked) {
    const n = (seen.get(hit.indicator) ?? 0) + 1;
    seen.set(hit.indicator, n);
    if (n <= bounds.perIndicator) listed.push(trimHit(hit, bounds));
    else {
      const list = folded.get(hit.indicator);
      if (list) list.push(hit);
      else folded.set(hit.indicator, [hit]);
    }
  }
  if (!overflow) return listed;

  const out: Hit[] = [];
  const emitted = new Map<string, number>();
  for (const hit of listed) {
    out.push(hit);
    const n = (emitted.get(hit.indicator) ?? 0) + 1;
    emitted.set(hit.indicator, n);
    const rest = folded.get(hit.indicator);
    if (rest && n === bounds.perIndicator)
      out.push(summaryOf(hit.indicator, rest, counts.get(hit.indicator)!));
  }
  return out;
}

function summaryOf(indicator: string, rest: readonly Hit[], total: number): Hit {
  let points = 0;
  const lines: number[] = [];
  const parties = new Set<string>();
  for (const hit of rest) {
    points += hit.points;
    if (hit.itemLine !== undefined) lines.push(hit.itemLine);
    if (hit.party !== undefined) parties.add(hit.party);
  }
  lines.sort((a, b) => a - b);
  const what =
    lines.length === rest.length
      ? rest.length === 1
        ? 'line'
        : 'lines'
      : rest.length === 1
        ? 'hit'
        : 'hits';
  const evidence: Record<string, unknown> = {
    summary: true,
    omittedHits: rest.length,
    totalHits: total,
    omittedPoints: points,
  };
  if (lines.length > 0) {
    evidence.firstOmittedLine = lines[0];
    evidence.lastOmittedLine = lines[lines.length - 1];
  }
  if (parties.size > 0) evidence.omittedParties = [...parties].sort();
  return {
    indicator,
    // The contract bounds a hit's points; the score was taken from the full list before folding.
    points: Math.max(-100, Math.min(100, points)),
    reason:
      lines.length > 0
        ? `and ${rest.length} more ${what} (items ${lines[0]} to ${lines[lines.length - 1]}), ${total} in all`
        : `and ${rest.length} more ${what}, ${total} in all`,
    evidence,
  };
}

function trimHit(hit: Hit, bounds: HitBounds): Hit {
  const longReason = hit.reason.length > bounds.reasonChars;
  const bigEvidence = !evidenceWithin(hit.evidence, bounds.evidenceChars);
  if (!longReason && !bigEvidence) return hit;
  return {
    ...hit,
    reason: longReason ? truncate(hit.reason, bounds.reasonChars) : hit.reason,
    evidence: bigEvidence ? trimEvidence(hit.evidence, bounds) : hit.evidence,
  };
}

/** Cheap walk that stops as soon as the budget is spent: most evidence is a handful of short fields. */
function evidenceWithin(value: unknown, budget: number): boolean {
  let left = budget;
  const walk = (v: unknown, depth: number): boolean => {
    if (depth > 8) return false;
    if (typeof v === 'string') left -= v.length + 3;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) left -= 8;
    else if (Array.isArray(v)) {
      left -= 2;
      for (const item of v) if (!walk(item, depth + 1)) return false;
    } else if (typeof v === 'object') {
      left -= 2;
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        left -= key.length + 4;
        if (!walk(item, depth + 1)) return false;
      }
    } else left -= 16;
    return left >= 0;
  };
  return walk(value, 0);
}

function trimEvidence(evidence: Record<string, unknown>, bounds: HitBounds): Record<string, unknown> {
  const trimValue = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return truncate(v, bounds.evidenceStringChars);
    if (Array.isArray(v)) {
      const kept = v.slice(0, bounds.evidenceArrayItems).map((item) => trimValue(item, depth + 1));
      if (v.length > bounds.evidenceArrayItems)
        kept.push(`${ELLIPSIS} ${v.length - bounds.evidenceArrayItems} more`);
      return kept;
    }
    if (typeof v === 'object' && v !== null) {
      if (depth >= 3) return '[nested object left out]';
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v as Record<string, unknown>))
        out[key] = trimValue(item, depth + 1);
      return out;
    }
    return v;
  };
  const trimmed = { ...(trimValue(evidence, 0) as Record<string, unknown>), trimmed: true };
  if (evidenceWithin(trimmed, bounds.evidenceChars)) return trimmed;
  // Still too large: keep the top-level facts that identify the hit (field, list, entry id, similarity,
  // matched words...) and name the nested parts left out, so the officer still sees what matched.
  const facts: Record<string, unknown> = { trimmed: true };
  const leftOut: string[] = [];
  for (const [key, item] of Object.entries(evidence)) {
    if (typeof item === 'object' && item !== null) leftOut.push(key);
    else facts[key] = typeof item === 'string' ? truncate(item, bounds.evidenceStringChars) : item;
  }
  if (leftOut.length > 0) facts.leftOut = leftOut.slice(0, bounds.evidenceArrayItems);
  if (evidenceWithin(facts, bounds.evidenceChars)) return facts;
  // Still too large (many fields): keep the field names so the officer knows what was there.
  const fields = Object.keys(evidence);
  return {
    trimmed: true,
    fields: fields.slice(0, bounds.evidenceArrayItems).map((f) => truncate(f, 64)),
    ...(fields.length > bounds.evidenceArrayItems
      ? { omittedFields: fields.length - bounds.evidenceArrayItems }
      : {}),
  };
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  // Never split a surrogate pair: a lone half is not valid in the published UTF-8.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + ELLIPSIS;
}
