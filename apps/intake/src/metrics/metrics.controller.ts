import { metricsControllerGuardedBy } from '@salw/observability';
import { ApiKeyGuard } from '../auth/api-key.guard';
import { Roles } from '../auth/roles.decorator';

/** The shared `/metrics` controller; scrapers authenticate like any client, with a `metrics` key. */
export const MetricsController = metricsControllerGuardedBy(ApiKeyGuard, Roles('metrics'));
