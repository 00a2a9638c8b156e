/** Who may do what on the desk and the registry. `admin` is not a superset: each route names every role it admits. */
export const ROLES = ['officer', 'supervisor', 'analyst', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
