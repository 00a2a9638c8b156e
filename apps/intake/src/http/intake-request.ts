import type { IncomingMessage } from 'node:http';
import type { ApiClient } from '../auth/api-key.registry';

/** The request as the intake sees it: express' matched route plus what the middleware and guard attach. */
export interface IntakeRequest extends IncomingMessage {
  /** Set by express once a route matched; its path is the bounded `route` metric label. */
  route?: { path?: string };
  requestId?: string;
  receivedAt?: Date;
  apiClient?: ApiClient;
}
