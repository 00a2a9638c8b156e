import { Inject } from '@nestjs/common';
import { configToken } from './config.constants';

/** `@InjectConfig('kafka') config: KafkaConfig` — one section loaded by `ConfigModule.forRoot`. */
export const InjectConfig = (sectionName: string): ParameterDecorator & PropertyDecorator =>
  Inject(configToken(sectionName));
