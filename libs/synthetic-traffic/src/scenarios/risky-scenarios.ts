import { armsKeywordMismatchScenario } from './arms-keyword-mismatch.scenario';
import { cashPaymentScenario } from './cash-payment.scenario';
import { concealmentDescriptionScenario } from './concealment-description.scenario';
import { controlledGoodsScenario } from './controlled-goods.scenario';
import { documentGapsScenario } from './document-gaps.scenario';
import { embargoCountryScenario } from './embargo-country.scenario';
import { individualConsigneeScenario } from './individual-consignee.scenario';
import { massAnomalyScenario } from './mass-anomaly.scenario';
import { missingLicenceScenario } from './missing-licence.scenario';
import { newTraderScenario } from './new-trader.scenario';
import { postalExpressPartsScenario } from './postal-express-parts.scenario';
import { randomSelectionScenario } from './random-selection.scenario';
import { riskyRoutingScenario } from './risky-routing.scenario';
import { sanctionedPartyScenario } from './sanctioned-party.scenario';
import type { ScenarioDefinition } from './scenario-kit';
import { splitShipmentsScenario } from './split-shipments.scenario';
import { valueAnomalyScenario } from './value-anomaly.scenario';
import {
  watchlistedAddressScenario,
  watchlistedContainerScenario,
  watchlistedIdentifierScenario,
  watchlistedVesselScenario,
} from './watchlisted-identifiers.scenario';

/** One scenario per indicator of the docs/domain.md catalogue, in catalogue order. */
export const SCENARIOS: readonly ScenarioDefinition[] = [
  controlledGoodsScenario,
  missingLicenceScenario,
  armsKeywordMismatchScenario,
  concealmentDescriptionScenario,
  embargoCountryScenario,
  sanctionedPartyScenario,
  watchlistedContainerScenario,
  watchlistedVesselScenario,
  watchlistedIdentifierScenario,
  watchlistedAddressScenario,
  riskyRoutingScenario,
  individualConsigneeScenario,
  splitShipmentsScenario,
  newTraderScenario,
  postalExpressPartsScenario,
  valueAnomalyScenario,
  massAnomalyScenario,
  cashPaymentScenario,
  documentGapsScenario,
  randomSelectionScenario,
];
