import { httpConfig, kafkaConfig, logConfig } from '@salw/config';
import { intakeConfig } from './intake.config';

/** Every section the intake reads; no Redis: the intake only writes to Kafka. */
export const INTAKE_CONFIG_SECTIONS = [kafkaConfig, httpConfig, logConfig, intakeConfig] as const;
