import type { Type } from '@nestjs/common';
import { BacktestModule } from './backtest/backtest.module';
import { RetroModule } from './retro/retro.module';
import { ExemptionsModule } from './exemptions/exemptions.module';

/**
 * Modules of the registry's features beyond lists, imports and profiles (exemptions, backtest,
 * retro-screening): imported by both the REST app and the CLI's context, so a feature's services
 * are the same in both. A feature adds one line here, its commands to `cli/command-table.ts` and
 * its controllers to `REGISTRY_CONTROLLERS` in `app.module.ts`. The core's providers (Redis, Kafka,
 * the store's repositories, the audit) and the configuration's sections are global.
 */
export const REGISTRY_FEATURE_MODULES: readonly Type<unknown>[] = [
  ExemptionsModule,
  BacktestModule,
  RetroModule,
];
