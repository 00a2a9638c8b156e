import { authConfig } from '@salw/auth';
import { httpConfig, kafkaConfig, logConfig, redisConfig, type ConfigOf } from '@salw/config';
import { alertDeskConfig } from './alert-desk.config';

export const ALERT_DESK_CONFIG_SECTIONS = [
  kafkaConfig,
  redisConfig,
  httpConfig,
  logConfig,
  authConfig,
  alertDeskConfig,
] as const;

export type AlertDeskAppConfig = ConfigOf<typeof ALERT_DESK_CONFIG_SECTIONS>;
