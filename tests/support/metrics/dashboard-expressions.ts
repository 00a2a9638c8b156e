import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DASHBOARDS = join(__dirname, '..', '..', '..', 'deploy', 'grafana', 'dashboards');

export interface PanelExpression {
  readonly dashboard: string;
  readonly panel: string;
  readonly expr: string;
}

interface Panel {
  title?: string;
  panels?: Panel[];
  targets?: Array<{ expr?: string }>;
}

/** Every PromQL expression of every panel (rows' nested panels included) of deploy/grafana/dashboards. */
export function dashboardExpressions(): PanelExpression[] {
  return readdirSync(DASHBOARDS)
    .filter((file) => file.endsWith('.dashboard.json'))
    .sort()
    .flatMap((file) => {
      const dashboard = JSON.parse(readFileSync(join(DASHBOARDS, file), 'utf8')) as { panels: Panel[] };
      const walk = (panels: Panel[]): PanelExpression[] =>
        panels.flatMap((panel) => [
          ...(panel.targets ?? [])
            .filter((target) => target.expr)
            .map((target) => ({ dashboard: file, panel: panel.title ?? '?', expr: target.expr! })),
          ...walk(panel.panels ?? []),
        ]);
      return walk(dashboard.panels);
    });
}
