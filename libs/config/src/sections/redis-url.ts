/**
 * The three ways an operator points the product at Redis, told apart by the scheme of `REDIS_URL`
 * (see docs/redis.md):
 * - one node: `redis://[user:password@]host:port[/db]`, `rediss://` with TLS;
 * - Sentinel: `redis-sentinel://[user:password@]host:port[,host:port...]/MASTER[/db]`
 *   (`rediss-sentinel://` with TLS); the credentials are those of the data nodes;
 * - Cluster: `redis-cluster://[user:password@]host:port[,host:port...]` (`rediss-cluster://` with TLS).
 * Pure parsing: no ioredis here, so the configuration can refuse a bad URL at start-up with the reason.
 */
export interface RedisHostPort {
  readonly host: string;
  readonly port: number;
}

interface RedisCredentials {
  readonly tls: boolean;
  readonly username?: string;
  readonly password?: string;
}

export type RedisTopology =
  | (RedisCredentials & { readonly kind: 'single'; readonly node: RedisHostPort; readonly db: number })
  | (RedisCredentials & {
      readonly kind: 'sentinel';
      readonly sentinels: readonly RedisHostPort[];
      readonly masterName: string;
      readonly db: number;
    })
  | (RedisCredentials & { readonly kind: 'cluster'; readonly nodes: readonly RedisHostPort[] });

/** A `REDIS_URL` that cannot be used; the message names what is wrong and never the password. */
export class RedisUrlError extends Error {
  override readonly name = 'RedisUrlError';
}

const SCHEMES: Readonly<Record<string, { kind: RedisTopology['kind']; tls: boolean; defaultPort: number }>> =
  {
    redis: { kind: 'single', tls: false, defaultPort: 6379 },
    rediss: { kind: 'single', tls: true, defaultPort: 6379 },
    'redis-sentinel': { kind: 'sentinel', tls: false, defaultPort: 26379 },
    'rediss-sentinel': { kind: 'sentinel', tls: true, defaultPort: 26379 },
    'redis-cluster': { kind: 'cluster', tls: false, defaultPort: 6379 },
    'rediss-cluster': { kind: 'cluster', tls: true, defaultPort: 6379 },
  };

export const REDIS_URL_FORMS =
  'redis://[user:password@]host:port[/db], rediss://… (TLS), ' +
  'redis-sentinel://[user:password@]host:port[,host:port…]/MASTER[/db], rediss-sentinel://… (TLS), ' +
  'redis-cluster://[user:password@]host:port[,host:port…] or rediss-cluster://… (TLS)';

const HOST = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)$/;
const MASTER_NAME = /^[A-Za-z0-9._-]{1,100}$/;

export function parseRedisUrl(url: string): RedisTopology {
  const schemeEnd = url.indexOf('://');
  const scheme = schemeEnd < 0 ? '' : url.slice(0, schemeEnd);
  const form = SCHEMES[scheme];
  if (!form) throw new RedisUrlError(`the scheme must be one of ${Object.keys(SCHEMES).join(', ')}`);
  if (/\s/.test(url)) throw new RedisUrlError('must not contain spaces');
  let rest = url.slice(schemeEnd + 3);
  const at = rest.lastIndexOf('@');
  const credentials: { username?: string; password?: string } = {};
  if (at >= 0) {
    const userInfo = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const colon = userInfo.indexOf(':');
    const username = decode(colon < 0 ? userInfo : userInfo.slice(0, colon), 'user name');
    const password = colon < 0 ? '' : decode(userInfo.slice(colon + 1), 'password');
    if (colon < 0 && username !== '')
      throw new RedisUrlError(
        'names a user without a password: write user:password@ (or :password@ for the default user)',
      );
    if (username !== '') credentials.username = username;
    if (password !== '') credentials.password = password;
  }
  const slash = rest.indexOf('/');
  const hostList = slash < 0 ? rest : rest.slice(0, slash);
  const path =
    slash < 0
      ? []
      : rest
          .slice(slash + 1)
          .split('/')
          .filter((part) => part !== '');
  if (rest.includes('?'))
    throw new RedisUrlError('takes no query string; see docs/redis.md for the settings');
  const nodes = hostList.split(',').map((part) => hostPort(part, form.defaultPort));
  const base = { tls: form.tls, ...credentials };
  if (form.kind === 'single') {
    if (nodes.length > 1)
      throw new RedisUrlError(
        'names several hosts: use redis-sentinel:// or redis-cluster:// for more than one',
      );
    if (path.length > 1) throw new RedisUrlError('the path must be at most a database number');
    return { kind: 'single', node: nodes[0] as RedisHostPort, db: database(path[0]), ...base };
  }
  if (form.kind === 'sentinel') {
    const [masterName, db, ...extra] = path;
    if (masterName === undefined)
      throw new RedisUrlError('names no master: end it with /MASTER, the name the sentinels monitor');
    if (!MASTER_NAME.test(masterName))
      throw new RedisUrlError(
        `master name "${masterName}" must be 1 to 100 letters, digits, ".", "_" or "-"`,
      );
    if (extra.length > 0) throw new RedisUrlError('the path must be /MASTER or /MASTER/db');
    return { kind: 'sentinel', sentinels: nodes, masterName, db: database(db), ...base };
  }
  if (path.length > 0)
    throw new RedisUrlError('Redis Cluster has only database 0: a cluster URL takes no path');
  return { kind: 'cluster', nodes, ...base };
}

function hostPort(text: string, defaultPort: number): RedisHostPort {
  if (text === '') throw new RedisUrlError('names an empty host (check the commas)');
  const match = /^(.*?)(?::([^:\]]*))?$/.exec(text) as RegExpExecArray;
  const host = match[1] as string;
  const portText = match[2];
  if (!HOST.test(host)) throw new RedisUrlError(`host "${host}" is not a host name or an address`);
  if (portText === undefined) return { host: host.replace(/^\[|\]$/g, ''), port: defaultPort };
  const port = Number(portText);
  if (!/^[0-9]{1,5}$/.test(portText) || port < 1 || port > 65_535)
    throw new RedisUrlError(`port "${portText}" of ${host} must be a number from 1 to 65535`);
  return { host: host.replace(/^\[|\]$/g, ''), port };
}

function database(text: string | undefined): number {
  if (text === undefined) return 0;
  if (!/^[0-9]{1,2}$/.test(text)) throw new RedisUrlError(`database "${text}" must be a number from 0 to 99`);
  return Number(text);
}

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new RedisUrlError(`the ${what} is not valid percent-encoding`);
  }
}
