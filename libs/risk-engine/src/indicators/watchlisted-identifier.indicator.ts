import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { pushHitsInForce, watchlistHit } from './indicator-helpers';
import { normaliseTraderId } from '../snapshot/identifier-keys';

/** A party's trader identifier (EORI, TIN, SCAC...) equals a watchlisted identifier. */
export const watchlistedIdentifierIndicator: IndicatorDefinition = {
  code: 'WATCHLISTED_IDENTIFIER',
  paramsSchema: Type.Object({}, { additionalProperties: false }),
  compile({ code, setting }) {
    return ({ snapshot, analysis }) => {
      if (snapshot.identifiers.size === 0) return [];
      const hits: Hit[] = [];
      for (const { role, party } of analysis.parties) {
        const id = party.id;
        if (id === undefined) continue;
        const key = normaliseTraderId(id);
        pushHitsInForce(hits, snapshot.identifiers.get(key), analysis.submittedDate, (entry) =>
          watchlistHit(
            code,
            entry,
            setting.points,
            `${role} identifier ${id} is on ${entry.list} list entry ${entry.entryId}`,
            { field: `parties.${role}.id`, value: key },
            { party: role },
          ),
        );
      }
      return hits;
    };
  },
};
