/** The intake's ioredis client (declaration owners); readiness pings it. */
export const INTAKE_REDIS = 'salw.intake.redis';
