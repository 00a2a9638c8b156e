import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { pushHitsInForce, watchlistHit } from './indicator-helpers';
import { normaliseImoNumber } from '../snapshot/identifier-keys';

/** The means of transport's IMO number equals a watchlisted vessel's. */
export const watchlistedVesselIndicator: IndicatorDefinition = {
  code: 'WATCHLISTED_VESSEL',
  paramsSchema: Type.Object({}, { additionalProperties: false }),
  compile({ code, setting }) {
    return ({ declaration, snapshot, analysis }) => {
      const meansId = declaration.transport.meansId;
      if (meansId === undefined || snapshot.vessels.size === 0) return [];
      const imo = normaliseImoNumber(meansId);
      const hits: Hit[] = [];
      const name = declaration.transport.meansName ? ` (${declaration.transport.meansName})` : '';
      pushHitsInForce(hits, snapshot.vessels.get(imo.key), analysis.submittedDate, (entry) =>
        watchlistHit(
          code,
          entry,
          setting.points,
          `vessel ${imo.key}${name} is on ${entry.list} list entry ${entry.entryId}`,
          {
            field: 'transport.meansId',
            value: imo.key,
            checkDigitValid: imo.checkDigitValid,
          },
        ),
      );
      return hits;
    };
  },
};
