/**
 * Highest declaration version: a 32-bit signed integer, as clearance systems and the Java clients
 * store it. Without a maximum, `1e308` or 2^53+1 validated, and a version that no later amendment can
 * exceed would freeze a declaration's screening for good.
 */
export const MAX_DECLARATION_VERSION = 2_147_483_647;
