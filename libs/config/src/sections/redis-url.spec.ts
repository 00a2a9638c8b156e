import { parseRedisUrl } from './redis-url';

describe('parseRedisUrl: the REDIS_URL forms', () => {
  it('reads one node with an ACL user, a password and a database', () => {
    expect(parseRedisUrl('redis://screener:s3cr%40t@redis.example:6380/2')).toEqual({
      kind: 'single',
      node: { host: 'redis.example', port: 6380 },
      db: 2,
      tls: false,
      username: 'screener',
      password: 's3cr@t',
    });
  });

  it('reads rediss:// as one node over TLS, the default user with a password, the default port', () => {
    expect(parseRedisUrl('rediss://:pw@redis.example')).toEqual({
      kind: 'single',
      node: { host: 'redis.example', port: 6379 },
      db: 0,
      tls: true,
      password: 'pw',
    });
  });

  it('reads a Sentinel URL: every sentinel, the master name, the data node credentials and database', () => {
    expect(parseRedisUrl('redis-sentinel://app:pw@s1:26379,s2,[::1]:26380/mymaster/3')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: 's1', port: 26379 },
        { host: 's2', port: 26379 },
        { host: '::1', port: 26380 },
      ],
      masterName: 'mymaster',
      db: 3,
      tls: false,
      username: 'app',
      password: 'pw',
    });
  });

  it('reads a Cluster URL with TLS: every seed node', () => {
    expect(parseRedisUrl('rediss-cluster://app:pw@10.0.0.1:7000,10.0.0.2:7001')).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: '10.0.0.2', port: 7001 },
      ],
      tls: true,
      username: 'app',
      password: 'pw',
    });
  });

  it.each([
    [
      'http://redis:6379',
      'the scheme must be one of redis, rediss, redis-sentinel, rediss-sentinel, redis-cluster, rediss-cluster',
    ],
    [
      'redis://a:6379,b:6379',
      'names several hosts: use redis-sentinel:// or redis-cluster:// for more than one',
    ],
    ['redis://redis:99999', 'port "99999" of redis must be a number from 1 to 65535'],
    ['redis://redis:6379/x', 'database "x" must be a number from 0 to 99'],
    [
      'redis-sentinel://s1:26379,s2:26379',
      'names no master: end it with /MASTER, the name the sentinels monitor',
    ],
    ['redis-sentinel://s1:26379/my master', 'must not contain spaces'],
    ['redis-sentinel://s1:26379/m/1/2', 'the path must be /MASTER or /MASTER/db'],
    ['redis-cluster://n1:7000,,n2:7001', 'names an empty host (check the commas)'],
    ['redis-cluster://n1:7000/1', 'Redis Cluster has only database 0: a cluster URL takes no path'],
    [
      'redis://app@redis:6379',
      'names a user without a password: write user:password@ (or :password@ for the default user)',
    ],
    ['redis://redis:6379/0?tls=true', 'takes no query string; see docs/redis.md for the settings'],
  ])('refuses %s: %s', (url, message) => {
    expect(() => parseRedisUrl(url)).toThrow(message);
  });

  it('never puts the password in a refusal', () => {
    expect(() => parseRedisUrl('redis-cluster://app:topsecret@n1:7000/1')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('topsecret') }),
    );
  });
});
