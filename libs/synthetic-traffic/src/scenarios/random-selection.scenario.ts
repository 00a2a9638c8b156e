import { buildOrdinaryShipment } from '../ordinary/ordinary-shipment.builder';
import type { ScenarioDefinition } from './scenario-kit';

/**
 * Ordinary traffic kept for the random compliance pick. Whether a declaration is picked is the
 * engine's own deterministic hash at the profile's rate, unknown here, so RANDOM_SELECTION is
 * never expected per case: it is measured as a rate over the whole set (see the evaluation README).
 */
export const randomSelectionScenario: ScenarioDefinition = {
  name: 'random-selection-pool',
  indicator: 'RANDOM_SELECTION',
  build(context, atMs) {
    return [
      buildOrdinaryShipment(context, atMs, {
        itemsPerDeclaration: [1, 3],
        scenario: this.name,
        note: 'ordinary consignment; RANDOM_SELECTION may pick it at the profile rate and must not alert on its own',
      }),
    ];
  },
};
