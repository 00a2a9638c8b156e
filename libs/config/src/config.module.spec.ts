import { Inject, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, KAFKA_CONFIG, REDIS_CONFIG } from './config.constants';
import { ConfigError } from './config.error';
import { ConfigModule } from './config.module';
import { loadConfig } from './load-config';
import { InjectConfig } from './inject-config.decorator';
import { kafkaConfig, type KafkaConfig } from './sections/kafka.config';
import { redisConfig, type RedisConfig } from './sections/redis.config';

@Injectable()
class NeedsConfig {
  constructor(
    @Inject(KAFKA_CONFIG) readonly kafka: KafkaConfig,
    @InjectConfig('redis') readonly redis: RedisConfig,
  ) {}
}

describe('ConfigModule', () => {
  it('provides each section under its token, globally', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot([kafkaConfig, redisConfig], {
          env: { KAFKA_BROKERS: 'k1:9092,k2:9092', REDIS_KEY_PREFIX: 't:' },
        }),
      ],
      providers: [NeedsConfig],
    }).compile();
    const needs = moduleRef.get(NeedsConfig);
    expect(needs.kafka.brokers).toEqual(['k1:9092', 'k2:9092']);
    expect(needs.redis.keyPrefix).toBe('t:');
    expect(moduleRef.get(REDIS_CONFIG)).toBe(needs.redis);
    expect(moduleRef.get(APP_CONFIG)).toMatchObject({ kafka: needs.kafka, redis: needs.redis });
  });

  it('fails the bootstrap with the full ConfigError for a bad environment', async () => {
    const compile = Test.createTestingModule({
      imports: [
        ConfigModule.forRoot([kafkaConfig, redisConfig], {
          env: { KAFKA_BROKERS: '', REDIS_URL: 'redis://:pw@h:1 x' },
        }),
      ],
    }).compile();
    await expect(compile).rejects.toBeInstanceOf(ConfigError);
    await expect(compile).rejects.toThrow(
      'Invalid configuration (2 problems):\n' +
        '  KAFKA_BROKERS: must be a comma-separated list of host:port (got "")\n' +
        '  REDIS_URL: must be a redis://, rediss://, redis-sentinel://, rediss-sentinel://, redis-cluster:// or rediss-cluster:// URL without spaces (got "redis://***@h:1 x")',
    );
  });

  it('provides a configuration the process already loaded as it is, without reading the environment again', async () => {
    const loaded = loadConfig([kafkaConfig, redisConfig], { KAFKA_BROKERS: 'k9:9092' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot([kafkaConfig, redisConfig], { loaded, env: { KAFKA_BROKERS: '' } })],
      providers: [NeedsConfig],
    }).compile();
    expect(moduleRef.get(APP_CONFIG)).toBe(loaded);
    expect(moduleRef.get(NeedsConfig).kafka.brokers).toEqual(['k9:9092']);
  });
});
