import { httpConfig, kafkaConfig, logConfig, redisConfig, type ConfigOf } from '@salw/config';
import { screenerConfig } from './screener.config';

export const SCREENER_CONFIG_SECTIONS = [
  kafkaConfig,
  redisConfig,
  httpConfig,
  logConfig,
  screenerConfig,
] as const;

export type ScreenerAppConfig = ConfigOf<typeof SCREENER_CONFIG_SECTIONS>;
