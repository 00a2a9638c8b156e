/** Injection tokens and metadata keys of the auth module. */
export const AUTH_REDIS = Symbol('AUTH_REDIS');
export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');
export const ROLES_KEY = 'salw:auth:roles';
export const PUBLIC_KEY = 'salw:auth:public';
export const CSRF_HEADER = 'x-csrf-token';
export const API_KEY_HEADER = 'x-api-key';
