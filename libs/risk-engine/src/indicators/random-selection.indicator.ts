import { Type } from '@sinclair/typebox';
import type { IndicatorDefinition } from './indicator.model';
import { clampPoints } from './indicator-helpers';

/**
 * A uniform number in [0, 1) from the declaration id and version: the same declaration version always
 * draws the same. A 53-bit string hash (cyrb53) is uniform enough for sampling and far cheaper than a
 * cryptographic digest; nobody gains by predicting it, since the rate is public policy anyway.
 */
export function randomDraw(declarationId: string, version: number, salt: string): number {
  const text = `${salt}\u0000${declarationId}\u0000${version}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return hash / 2 ** 53;
}

/**
 * Deterministic random pick at `randomSelection.rate`, for unbiased outcome statistics. The draw is
 * salted with the profile id, so two profiles do not pick the same declarations.
 */
export const randomSelectionIndicator: IndicatorDefinition = {
  code: 'RANDOM_SELECTION',
  paramsSchema: Type.Object({}, { additionalProperties: false }),
  compile({ code, document }) {
    const { rate, points } = document.randomSelection;
    return ({ declaration }) => {
      if (rate <= 0) return [];
      const draw = randomDraw(declaration.declarationId, declaration.version, document.id);
      if (draw >= rate) return [];
      return [
        {
          indicator: code,
          points: clampPoints(points),
          reason: `selected at random for compliance measurement (rate ${rate})`,
          evidence: { draw: Math.round(draw * 1e6) / 1e6, rate },
        },
      ];
    };
  },
};
