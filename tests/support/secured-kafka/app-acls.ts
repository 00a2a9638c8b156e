import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type Admin,
} from 'kafkajs';
import { topicNames } from '@salw/contracts';

/** Where one deployment's intake, screener and `dlq` CLI live (docs/kafka-security.md lists the same). */
export interface AppResources {
  readonly topicPrefix: string;
  /** SCREENER_GROUP_ID. */
  readonly screenerGroupId: string;
  /** SCREENER_TRANSACTIONAL_ID_PREFIX: the screener's transactional ids are `<prefix>.<input topic>.<partition>`. */
  readonly screenerTransactionalIdPrefix: string;
}

/** The group-id prefix of the throw-away reader `npm run dlq` uses (apps/cli/src/dlq/dead-letter-reader.ts). */
export const DLQ_CLI_GROUP_PREFIX = 'salw-dlq-cli-';

type Grant = readonly [
  resourceType: AclResourceTypes,
  name: string,
  pattern: ResourcePatternTypes,
  operations: readonly AclOperationTypes[],
];

const { TOPIC, GROUP, TRANSACTIONAL_ID } = AclResourceTypes;
const { LITERAL, PREFIXED } = ResourcePatternTypes;
const { READ, WRITE, DESCRIBE, DESCRIBE_CONFIGS, DELETE } = AclOperationTypes;

/** The least each app needs on a broker that enforces ACLs, one SASL user per app. */
export const APP_GRANTS = {
  /** An idempotent producer of declarations (WRITE on a topic implies IDEMPOTENT_WRITE since Kafka 3.0). */
  intake: (r: AppResources): readonly Grant[] => [
    [TOPIC, topicNames(r.topicPrefix).declarations, LITERAL, [DESCRIBE, WRITE]],
  ],
  /**
   * Reads declarations in its group; writes results, alerts and dead letters in transactions; reads each
   * output topic's max.message.bytes (libs/messaging/src/transactional/topic-size-limits.ts).
   */
  screener: (r: AppResources): readonly Grant[] => {
    const topics = topicNames(r.topicPrefix);
    return [
      [TOPIC, topics.declarations, LITERAL, [DESCRIBE, READ]],
      [TOPIC, topics.screeningResults, LITERAL, [DESCRIBE, WRITE, DESCRIBE_CONFIGS]],
      [TOPIC, topics.alerts, LITERAL, [DESCRIBE, WRITE, DESCRIBE_CONFIGS]],
      [TOPIC, topics.declarationsDlq, LITERAL, [DESCRIBE, WRITE, DESCRIBE_CONFIGS]],
      [GROUP, r.screenerGroupId, LITERAL, [READ]],
      [TRANSACTIONAL_ID, `${r.screenerTransactionalIdPrefix}.`, PREFIXED, [DESCRIBE, WRITE]],
    ];
  },
  /** Reads the dead letters with a throw-away group it deletes afterwards; `replay` writes declarations. */
  dlqCli: (r: AppResources): readonly Grant[] => {
    const topics = topicNames(r.topicPrefix);
    return [
      [TOPIC, topics.declarationsDlq, LITERAL, [DESCRIBE, READ]],
      [TOPIC, topics.declarations, LITERAL, [DESCRIBE, WRITE]],
      [GROUP, DLQ_CLI_GROUP_PREFIX, PREFIXED, [READ, DELETE]],
    ];
  },
} as const;

export type AppName = keyof typeof APP_GRANTS;

export function aclEntries(principal: string, grants: readonly Grant[]): AclEntry[] {
  return grants.flatMap(([resourceType, resourceName, resourcePatternType, operations]) =>
    operations.map((operation) => ({
      resourceType,
      resourceName,
      resourcePatternType,
      principal,
      host: '*',
      operation,
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
}

/** Creates, with an admin (super user) connection, each app's ACLs for its own principal (`User:<name>`). */
export async function grantAppAcls(
  admin: Admin,
  principals: Readonly<Record<AppName, string>>,
  resources: AppResources,
): Promise<void> {
  const acl = (Object.keys(APP_GRANTS) as AppName[]).flatMap((app) =>
    aclEntries(principals[app], APP_GRANTS[app](resources)),
  );
  await admin.createAcls({ acl });
}
