import { authConfig } from '@salw/auth';
import { httpConfig, kafkaConfig, logConfig, redisConfig, type ConfigOf } from '@salw/config';
import { registryConfig } from './registry.config';

export const REGISTRY_CONFIG_SECTIONS = [
  kafkaConfig,
  redisConfig,
  httpConfig,
  logConfig,
  authConfig,
  registryConfig,
] as const;

export type RegistryAppConfig = ConfigOf<typeof REGISTRY_CONFIG_SECTIONS>;
