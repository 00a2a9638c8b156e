import type { Exemption, ExemptionRequest, Lane } from '@salw/risk-engine';

function laneText(lane: Lane | undefined): string {
  if (lane === undefined) return 'on every lane';
  const parts = [
    lane.office && `office ${lane.office}`,
    lane.mode && `mode ${lane.mode}`,
    lane.origin && `from ${lane.origin}`,
    lane.destination && `to ${lane.destination}`,
  ].filter(Boolean);
  return `on ${parts.join(', ')}`;
}

/** One line saying what an exemption exempts, for the audit summary and the CLI table. */
export function describeExemption(e: ExemptionRequest | Exemption): string {
  if (e.kind === 'PARTY_NOT_LISTED') {
    const p = e.party ?? {};
    const who = [p.role, p.id && `id ${p.id}`, p.name && `'${p.name}'`, p.country && `(${p.country})`]
      .filter(Boolean)
      .join(' ');
    return `${who} is not ${e.entry?.list}/${e.entry?.entryId} ${laneText(e.lane)}, until ${e.expiresAt}`;
  }
  const s = e.subject ?? {};
  const subject =
    s.hsHeading !== undefined
      ? `HS ${s.hsHeading}`
      : s.traderId !== undefined
        ? `${s.role} id ${s.traderId}`
        : `${s.role} address '${[s.address?.line, s.address?.city].filter(Boolean).join(', ')}' (${s.address?.country})`;
  return `${subject} exempt from ${e.indicator} ${laneText(e.lane)}, until ${e.expiresAt}`;
}

/** Where an exemption stands at `now`. */
export function exemptionState(e: Exemption, now: Date): 'active' | 'expired' | 'revoked' {
  if (e.revoked !== undefined) return 'revoked';
  return Date.parse(e.expiresAt) <= now.getTime() ? 'expired' : 'active';
}
