import type { Party } from '@salw/contracts';
import { CONTROLLED_GOODS, LAWFUL_LANES, countryProfile, type ControlledGoods } from '../data/reference-data';
import type { TrafficContext } from '../builders/traffic-context';
import type { LabelledDeclaration } from '../model/traffic-label';
import { labelled } from '../scenarios/scenario-kit';

/**
 * Licensed trade in firearms and ammunition between countries without an embargo: a known
 * manufacturer or distributor, a dealer or state body as consignee, an export licence from the
 * exporting country covering the lines, and an end-user certificate (state bodies) or import
 * licence (dealers) from the importing country. Scores CONTROLLED_GOODS and nothing that should alert.
 */
export class LawfulArmsTrade {
  private readonly exporters = new Map<string, Party>();
  private readonly importers = new Map<string, Party>();

  constructor(private readonly context: TrafficContext) {}

  build(atMs: number, goods?: ControlledGoods): LabelledDeclaration {
    const random = this.context.random;
    const origin = random.pick(LAWFUL_LANES.exporters);
    const destination = random.pick(LAWFUL_LANES.importers.filter((code) => code !== origin));
    const stateBody = random.chance(0.35);
    const candidates = CONTROLLED_GOODS.filter((candidate) => stateBody || candidate.use !== 'military');
    const chosen = goods ?? random.pick(candidates);
    const toState = stateBody || chosen.use === 'military';
    const consignee = this.importer(destination, toState);
    const lines = [this.context.controlledLine(chosen, origin)];
    const declaration = this.context.shipments.build({
      submittedAtMs: atMs,
      consignor: this.exporter(origin),
      consignee,
      origin,
      destination,
      mode: random.chance(0.6) ? 'SEA' : 'AIR',
      lines,
      extraDocuments: [
        this.context.exportLicence(origin, atMs, [1]),
        toState
          ? this.context.endUserCertificate(destination, atMs, [1])
          : this.context.importLicence(destination, atMs),
      ],
      payment: random.pick(['TRANSFER', 'CREDIT'] as const),
      currency: random.pick(['USD', 'EUR']),
    });
    return labelled(declaration, {
      risky: false,
      expectAlert: false,
      expected: ['CONTROLLED_GOODS'],
      allowed: ['NEW_TRADER'],
      scenario: 'lawful-licensed-arms-trade',
      note: `licensed ${chosen.use} ${chosen.key} from ${origin} to a ${toState ? 'state body' : 'registered dealer'} in ${destination}, export licence by ${origin}; NEW_TRADER is tolerated on a dealer's first shipment`,
    });
  }

  private exporter(country: string): Party {
    const known = this.exporters.get(country);
    if (known) return known;
    const profile = countryProfile(country);
    const base = `${this.context.random.pick(profile.family)} ${this.context.random.pick(['Arms', 'Firearms', 'Defence', 'Sporting Guns', 'Ammunition Works'])}`;
    const party: Party = {
      name: `${base} ${this.context.random.pick(profile.legalForms)}`,
      id: this.context.random.pattern(profile.idPattern),
      kind: 'ORGANISATION',
      address: this.context.parties.address(profile),
    };
    this.exporters.set(country, party);
    return party;
  }

  private importer(country: string, stateBody: boolean): Party {
    const key = `${country}:${stateBody}`;
    const known = this.importers.get(key);
    if (known) return known;
    const profile = countryProfile(country);
    const random = this.context.random;
    const name = stateBody
      ? `${profile.name} ${random.pick(LAWFUL_LANES.stateBodies)}`
      : `${random.pick(profile.cities)[0]} ${random.pick(LAWFUL_LANES.dealerWords)} ${random.pick(profile.legalForms)}`;
    const party: Party = {
      name,
      id: random.pattern(profile.idPattern),
      kind: 'ORGANISATION',
      address: this.context.parties.address(profile),
    };
    this.importers.set(key, party);
    return party;
  }
}
