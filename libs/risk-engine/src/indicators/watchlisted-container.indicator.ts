import { Type } from '@sinclair/typebox';
import type { Hit } from '@salw/contracts';
import type { IndicatorDefinition } from './indicator.model';
import { pushHitsInForce, watchlistHit } from './indicator-helpers';
import { normaliseContainerNumber } from '../snapshot/identifier-keys';

/** A container number equals a watchlisted one after ISO 6346 normalisation. */
export const watchlistedContainerIndicator: IndicatorDefinition = {
  code: 'WATCHLISTED_CONTAINER',
  paramsSchema: Type.Object({}, { additionalProperties: false }),
  compile({ code, setting }) {
    return ({ declaration, snapshot, analysis }) => {
      if (snapshot.containers.size === 0) return [];
      const hits: Hit[] = [];
      (declaration.transport.containers ?? []).forEach((container, i) => {
        const number = normaliseContainerNumber(container.id);
        pushHitsInForce(hits, snapshot.containers.get(number.key), analysis.submittedDate, (entry) =>
          watchlistHit(
            code,
            entry,
            setting.points,
            `container ${number.key} is on ${entry.list} list entry ${entry.entryId}`,
            {
              field: `transport.containers[${i}].id`,
              value: number.key,
              checkDigitValid: number.checkDigitValid,
            },
          ),
        );
      });
      return hits;
    };
  },
};
