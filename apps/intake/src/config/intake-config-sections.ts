import { httpConfig, kafkaConfig, logConfig, redisConfig } from '@salw/config';
import { intakeConfig } from './intake.config';

/** Every section the intake reads; Redis holds which API client owns each declaration id. */
export const INTAKE_CONFIG_SECTIONS = [
  kafkaConfig,
  redisConfig,
  httpConfig,
  logConfig,
  intakeConfig,
] as const;
