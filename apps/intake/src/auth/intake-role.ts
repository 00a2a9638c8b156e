/** What an API key may do: `submitter` posts declarations, `metrics` scrapes /metrics. */
export const INTAKE_ROLES = ['submitter', 'metrics'] as const;

export type IntakeRole = (typeof INTAKE_ROLES)[number];

export function isIntakeRole(value: string): value is IntakeRole {
  return (INTAKE_ROLES as readonly string[]).includes(value);
}
