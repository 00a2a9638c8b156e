import type { IndicatorDefinition } from './indicator.model';
import { controlledGoodsIndicator } from './controlled-goods.indicator';
import { missingLicenceIndicator } from './missing-licence.indicator';
import { armsKeywordMismatchIndicator } from './arms-keyword-mismatch.indicator';
import { concealmentDescriptionIndicator } from './concealment-description.indicator';
import { embargoCountryIndicator } from './embargo-country.indicator';
import { sanctionedPartyIndicator } from './sanctioned-party.indicator';
import { watchlistedContainerIndicator } from './watchlisted-container.indicator';
import { watchlistedVesselIndicator } from './watchlisted-vessel.indicator';
import { watchlistedIdentifierIndicator } from './watchlisted-identifier.indicator';
import { watchlistedAddressIndicator } from './watchlisted-address.indicator';
import { riskyRoutingIndicator } from './risky-routing.indicator';
import { individualConsigneeIndicator } from './individual-consignee.indicator';
import { splitShipmentsIndicator } from './split-shipments.indicator';
import { newTraderIndicator } from './new-trader.indicator';
import { postalExpressPartsIndicator } from './postal-express-parts.indicator';
import { valueAnomalyIndicator } from './value-anomaly.indicator';
import { massAnomalyIndicator } from './mass-anomaly.indicator';
import { cashPaymentIndicator } from './cash-payment.indicator';
import { documentGapsIndicator } from './document-gaps.indicator';
import { randomSelectionIndicator } from './random-selection.indicator';

/** The default SALW indicator catalogue (docs/domain.md), by stable code, in catalogue order. */
export const INDICATOR_CATALOGUE: ReadonlyMap<string, IndicatorDefinition> = new Map(
  [
    controlledGoodsIndicator,
    missingLicenceIndicator,
    armsKeywordMismatchIndicator,
    concealmentDescriptionIndicator,
    embargoCountryIndicator,
    sanctionedPartyIndicator,
    watchlistedContainerIndicator,
    watchlistedVesselIndicator,
    watchlistedIdentifierIndicator,
    watchlistedAddressIndicator,
    riskyRoutingIndicator,
    individualConsigneeIndicator,
    splitShipmentsIndicator,
    newTraderIndicator,
    postalExpressPartsIndicator,
    valueAnomalyIndicator,
    massAnomalyIndicator,
    cashPaymentIndicator,
    documentGapsIndicator,
    randomSelectionIndicator,
  ].map((d) => [d.code, d]),
);
