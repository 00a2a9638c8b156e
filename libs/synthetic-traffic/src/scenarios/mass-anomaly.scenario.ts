import { GOODS } from '../data/reference-data';
import { buildArmsShipment } from './arms-shipment';
import { labelled, type ScenarioDefinition } from './scenario-kit';

/**
 * Masses that do not fit the goods: net above gross, or toys and furniture weighing many times what
 * they should, the signature of steel hidden inside a harmless load.
 */
export const massAnomalyScenario: ScenarioDefinition = {
  name: 'implausible-declared-mass',
  indicator: 'MASS_ANOMALY',
  build(context, atMs) {
    const random = context.random;
    const destination = random.pick(['NG', 'GH', 'KE', 'MX', 'BR']);
    const origin = random.pick(['US', 'TR', 'AE']);
    const variant = random.pick(['heavy-per-unit', 'net-above-gross'] as const);
    // Heavy furniture comes without the commercial invoice that would account for what was bought; the
    // net-above-gross load hides behind a vague "spare parts" description.
    const goods = random.pick(
      GOODS.filter((candidate) =>
        (variant === 'heavy-per-unit'
          ? ['toys', 'office-chairs', 'wooden-furniture', 'drum-kits']
          : ['machine-spare-parts']
        ).includes(candidate.key),
      ),
    );
    const built = buildArmsShipment(context, atMs, {
      goods: { kind: 'ordinary', ordinary: goods },
      consignee: context.parties.company(destination),
      origin,
      destination,
      mode: 'SEA',
      payment: 'CASH',
      ...(variant === 'heavy-per-unit' ? { invoice: false } : {}),
    });
    // The missing invoice is a gap only on a commercial import: an entry summary carries none by nature,
    // so this story is always told as an import (the draw of the kind is kept, and the fixtures with it).
    const declaration =
      variant === 'heavy-per-unit' ? { ...built.declaration, kind: 'IMPORT' as const } : built.declaration;
    const expected =
      variant === 'heavy-per-unit' && !built.expected.includes('DOCUMENT_GAPS')
        ? [...built.expected, 'DOCUMENT_GAPS' as const]
        : built.expected;
    const line = declaration.items[0]!;
    const net = line.netMassKg ?? 100;
    if (variant === 'heavy-per-unit') {
      // Six to ten times the heaviest such article: far outside any profile's range for the heading, whose
      // ranges are wide on purpose (a solid-wood wardrobe is not a flat-packed table).
      const heavy = (line.quantity ?? 1) * goods.unitNetKg[1] * random.between(6, 10);
      line.netMassKg = Math.round(heavy * 100) / 100;
      line.grossMassKg = Math.round(heavy * 1.06 * 100) / 100;
    } else {
      line.grossMassKg = Math.round(net * random.between(0.55, 0.8) * 100) / 100;
    }
    return [
      labelled(declaration, {
        risky: true,
        expectAlert: true,
        expected: [
          ...expected,
          'MASS_ANOMALY',
          ...(goods.coverPhrase ? (['CONCEALMENT_DESCRIPTION'] as const) : []),
        ],
        allowed: built.allowed,
        scenario: `${this.name}:${variant}`,
        note:
          variant === 'heavy-per-unit'
            ? `${goods.key} weighing ${Math.round(line.netMassKg! / (line.quantity ?? 1))} kg per unit (usual up to ${goods.unitNetKg[1]} kg), paid in cash, no invoice`
            : `'${line.description}' with net mass well above gross mass, paid in cash`,
      }),
    ];
  },
};
