import { Type, type Static } from '@sinclair/typebox';
import { defineConfigSection } from '../config-section';

export const HttpConfigSchema = Type.Object(
  {
    port: Type.Integer({ minimum: 0, maximum: 65_535, default: 3000 }),
    host: Type.String({ minLength: 1, pattern: '^\\S+$', default: '127.0.0.1' }),
  },
  { additionalProperties: false },
);

export type HttpConfig = Static<typeof HttpConfigSchema>;

/** The address an app's HTTP server (API, /metrics, /health) listens on. */
export const httpConfig = defineConfigSection({
  name: 'http',
  schema: HttpConfigSchema,
  env: {
    HTTP_PORT: { field: 'port', kind: 'integer', expect: 'a TCP port between 0 and 65535' },
    HTTP_HOST: { field: 'host', kind: 'string', expect: 'a host name or IP address without spaces' },
  },
});
