import { AccountAdminService, PasswordHasher, RedisLocalAccountStore } from '@salw/auth';
import { ConfigError, loadConfig, redisConfig } from '@salw/config';
import { createRedisClient } from '@salw/store';

/**
 * Creates or replaces a local console account:
 *   printf '%s' "$PASSWORD" | npm run -s account:create -- <username> <role>[,<role>...]
 * The password is read from standard input so it appears in no process list or shell history.
 */
async function main(): Promise<void> {
  const [username, roles] = process.argv.slice(2);
  if (!username || !roles) {
    process.stderr.write(
      'usage: printf %s "$PASSWORD" | npm run -s account:create -- <username> <role>[,<role>...]\n',
    );
    process.exit(2);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  const config = loadConfig([redisConfig]);
  const redis = createRedisClient(config.redis, { connectionName: 'salw-account-cli', offlineQueue: true });
  try {
    const admin = new AccountAdminService(
      new RedisLocalAccountStore(redis, config.redis.keyPrefix),
      new PasswordHasher(),
    );
    const account = await admin.createOrReplace(username, roles.split(','), password);
    process.stdout.write(`account ${account.username} saved with roles ${account.roles.join(', ')}\n`);
  } finally {
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `account:create: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
