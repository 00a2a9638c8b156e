import { Type, type Static } from '@sinclair/typebox';
import {
  CountryCode,
  DateTime,
  INDICATOR_CODE_PATTERN,
  PARTY_ROLES,
  TRANSPORT_MODES,
  stringEnum,
} from '@salw/contracts';

/**
 * Exemptions (docs/exemptions.md): an analyst's record that a hit is a known false positive, with an
 * author, a reason and an expiry, honoured by the engine until it expires or is revoked.
 *
 * - `PARTY_NOT_LISTED`: the declared party (by trader id and/or name) is not the listed `entry`:
 *   hits naming that entry for that party (a name match, a listed identifier or address) score 0.
 * - `INDICATOR`: a `subject` (an HS heading, or a party's trader id or address) is exempt from one
 *   `indicator` on a `lane` (customs office, transport mode, origin and destination countries).
 *
 * The schema is flat (one `kind` and the fields it needs) so a refusal names one field path, not the
 * branches of a union; `checkExemptionRequest` says which fields a kind requires.
 */

const closed = { additionalProperties: false } as const;

export const EXEMPTION_KINDS = ['PARTY_NOT_LISTED', 'INDICATOR'] as const;

/** Where an exemption applies: every field given must equal the declaration's; at least one is given. */
export const LaneSchema = Type.Object(
  {
    office: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2,17}$', description: 'declaration.office' })),
    mode: Type.Optional(stringEnum(TRANSPORT_MODES, { description: 'declaration.transport.mode' })),
    origin: Type.Optional(CountryCode()),
    destination: Type.Optional(CountryCode()),
  },
  closed,
);

export const ExemptPartySchema = Type.Object(
  {
    /** Only hits on the party in this role; any role when absent. */
    role: Type.Optional(stringEnum(PARTY_ROLES)),
    /** Trader id (EORI, TIN...), compared after the watchlists' normalisation. */
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** Party name, compared after name normalisation (case, accents, legal forms, word order). */
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    /** The party's address country must be this one. */
    country: Type.Optional(CountryCode()),
  },
  closed,
);

export const ExemptAddressSchema = Type.Object(
  {
    line: Type.String({ minLength: 1, maxLength: 512 }),
    city: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    country: CountryCode(),
  },
  closed,
);

export const ExemptSubjectSchema = Type.Object(
  {
    /** An HS heading or subheading (4 to 10 digits): item hits whose code starts with it. */
    hsHeading: Type.Optional(Type.String({ pattern: '^[0-9]{4,10}$' })),
    traderId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    address: Type.Optional(ExemptAddressSchema),
    /** The party a trader id or address belongs to (required with them). */
    role: Type.Optional(stringEnum(PARTY_ROLES)),
  },
  closed,
);

export const EXEMPTION_REASON_MAX = 300;

/** What an analyst submits. */
export const ExemptionRequestSchema = Type.Object(
  {
    kind: stringEnum(EXEMPTION_KINDS),
    party: Type.Optional(ExemptPartySchema),
    entry: Type.Optional(
      Type.Object(
        {
          list: Type.String({ minLength: 1, maxLength: 64 }),
          entryId: Type.String({ minLength: 1, maxLength: 128 }),
        },
        closed,
      ),
    ),
    indicator: Type.Optional(Type.String({ pattern: INDICATOR_CODE_PATTERN })),
    subject: Type.Optional(ExemptSubjectSchema),
    lane: Type.Optional(LaneSchema),
    reason: Type.String({ minLength: 10, maxLength: EXEMPTION_REASON_MAX }),
    expiresAt: DateTime(),
  },
  closed,
);

export const RevocationSchema = Type.Object(
  {
    at: DateTime(),
    by: Type.String({ minLength: 1, maxLength: 128 }),
    reason: Type.String({ minLength: 1, maxLength: EXEMPTION_REASON_MAX }),
  },
  closed,
);

/** A stored exemption: the request plus who recorded it and when, and its revocation if any. */
export const ExemptionSchema = Type.Object(
  {
    ...ExemptionRequestSchema.properties,
    id: Type.String({ pattern: '^exm-[0-9]{1,12}$' }),
    author: Type.String({ minLength: 1, maxLength: 128 }),
    createdAt: DateTime(),
    revoked: Type.Optional(RevocationSchema),
  },
  closed,
);

export type ExemptionKind = (typeof EXEMPTION_KINDS)[number];
export type Lane = Static<typeof LaneSchema>;
export type ExemptionRequest = Static<typeof ExemptionRequestSchema>;
export type Exemption = Static<typeof ExemptionSchema>;
export type Revocation = Static<typeof RevocationSchema>;
