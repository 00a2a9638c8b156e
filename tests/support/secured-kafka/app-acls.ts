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
  /** `User:<name>` the apps authenticate as. */
  readonly principal: string;
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

/** The least the intake, the screener and the dead-letter CLI need on a broker that enforces ACLs. */
export function appGrants(resources: AppResources): readonly Grant[] {
  const topics = topicNames(resources.topicPrefix);
  return [
    // intake: idempotent producer of declarations (WRITE on a topic implies IDEMPOTENT_WRITE since Kafka 3.0)
    [TOPIC, topics.declarations, LITERAL, [DESCRIBE, WRITE]],
    // screener: reads declarations in its group, writes results, alerts and dead letters in transactions,
    // and reads each output topic's max.message.bytes (libs/messaging/src/transactional/topic-size-limits.ts)
    [TOPIC, topics.declarations, LITERAL, [READ]],
    [TOPIC, topics.screeningResults, LITERAL, [DESCRIBE, WRITE, DESCRIBE_CONFIGS]],
    [TOPIC, topics.alerts, LITERAL, [DESCRIBE, WRITE, DESCRIBE_CONFIGS]],
    [TOPIC, topics.declarationsDlq, LITERAL, [DESCRIBE, WRITE, DESCRIBE_CONFIGS]],
    [GROUP, resources.screenerGroupId, LITERAL, [READ]],
    [TRANSACTIONAL_ID, `${resources.screenerTransactionalIdPrefix}.`, PREFIXED, [DESCRIBE, WRITE]],
    // dlq CLI: reads the dead letters with a throw-away group it deletes afterwards; replays to declarations
    [TOPIC, topics.declarationsDlq, LITERAL, [READ]],
    [GROUP, DLQ_CLI_GROUP_PREFIX, PREFIXED, [READ, DELETE]],
  ];
}

export function appAcls(resources: AppResources): AclEntry[] {
  return appGrants(resources).flatMap(([resourceType, resourceName, resourcePatternType, operations]) =>
    operations.map((operation) => ({
      resourceType,
      resourceName,
      resourcePatternType,
      principal: resources.principal,
      host: '*',
      operation,
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
}

/** Creates the apps' ACLs with an admin (super user) connection. */
export async function grantAppAcls(admin: Admin, resources: AppResources): Promise<void> {
  await admin.createAcls({ acl: appAcls(resources) });
}
