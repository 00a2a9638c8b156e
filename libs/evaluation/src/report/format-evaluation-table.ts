import type { EvaluationReport } from '../evaluation-report.model';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (s: string | number, n: number) => String(s).padStart(n);

/** The report as an analyst reads it in a terminal. */
export function formatEvaluationTable(report: EvaluationReport): string {
  const out: string[] = [];
  const t = report.ordinaryTraffic;
  out.push(
    `== detection quality at the alert: profile ${report.profile.id} v${report.profile.version}, lists ${JSON.stringify(report.watchlists.lists)}, seed ${report.seed}`,
  );
  out.push('');
  out.push(
    `-- ordinary traffic: ${t.declarations} declarations (origins: ${Object.entries(t.originShares)
      .slice(0, 8)
      .map(([c, s]) => `${c} ${pct(s)}`)
      .join(', ')})`,
  );
  out.push(
    `   severity       ${Object.entries(t.severities)
      .map(([s, c]) => `${s} ${c} (${pct(c / t.declarations)})`)
      .join(', ')}`,
  );
  out.push(
    `   alerts         ${t.alerts} (${pct(t.alertRate)}), random selections apart: ${t.randomSelections}`,
  );
  out.push(`   MEDIUM+        ${t.mediumOrAbove} (${pct(t.mediumOrAboveRate)})`);
  out.push(
    `   hard negatives ${t.hardNegatives.declarations} declarations, ${t.hardNegatives.alerts} alerts, ${t.hardNegatives.mediumOrAbove} MEDIUM+`,
  );
  out.push(`   ${pad('indicator', 26)} ${num('scores on', 10)} ${num('notes', 6)}`);
  for (const [code, f] of Object.entries(t.indicators))
    out.push(`   ${pad(code, 26)} ${num(pct(f.rate), 10)} ${num(f.notesOnly, 6)}`);
  out.push('');
  const v = report.nameVariants;
  out.push(
    `-- listed-name variants (real UN list): ${v.alerted}/${v.probes} alert naming their entry = ${pct(v.recall)}; alerted on another entry: ${v.alertedOnAnotherEntry}`,
  );
  out.push(
    `   ${pad('kind', 24)} ${num('alerted', 9)} ${num('recall', 7)}${report.comparison ? num('fuse.js', 9) : ''}`,
  );
  for (const [kind, m] of Object.entries(v.byKind))
    out.push(
      `   ${pad(kind, 24)} ${num(`${m.alerted}/${m.probes}`, 9)} ${num(pct(m.recall), 7)}${report.comparison ? num(pct(report.comparison.fuse.byKind[kind] ?? 0), 9) : ''}`,
    );
  out.push('');
  const n = report.ordinaryNames;
  out.push(
    `-- ordinary names: ${n.names} (${n.droppedAsListed} generated names left out as being a listed name word for word)`,
  );
  out.push(
    `   alerts ${n.alerts} (${pct(n.alertRate)}), MEDIUM+ ${n.mediumOrAbove} (${pct(n.mediumOrAboveRate)}); the ${n.carrierBaseline.declarations} carrier declarations alone: ${n.carrierBaseline.alerts} alerts, ${n.carrierBaseline.mediumOrAbove} MEDIUM+`,
  );
  for (const w of n.worst.slice(0, 6)) out.push(`     ${w.input} => ${w.outcome}`);
  out.push('');
  out.push(`-- labelled set: ${report.labelled.cases} cases (sample lists)`);
  out.push(
    `   ${pad('indicator', 26)} ${num('positives', 9)} ${num('precision', 10)} ${num('recall', 7)} ${num('alert recall', 13)}`,
  );
  for (const [code, m] of Object.entries(report.labelled.indicators))
    out.push(
      `   ${pad(code, 26)} ${num(m.positives, 9)} ${num(pct(m.precision), 10)} ${num(pct(m.recall), 7)} ${num(m.mustAlert > 0 ? `${m.alerted}/${m.mustAlert}` : '-', 13)}`,
    );
  if (report.comparison) {
    const c = report.comparison;
    out.push('');
    out.push(
      `-- same name probes, engine vs fuse.js ${c.fuse.version} (threshold ${c.fuse.threshold}, ${c.fuse.indexedNames} names and aliases indexed; ordinary names: ${c.fuse.ordinaryNamesQueried} of ${n.names})`,
    );
    out.push(`   ${pad('', 10)} ${num('recall', 8)} ${num('ordinary alerts', 16)} ${num('ms/query', 10)}`);
    out.push(
      `   ${pad('engine', 10)} ${num(pct(c.engine.recall), 8)} ${num(pct(c.engine.ordinaryAlertRate), 16)} ${num(c.engine.msPerQuery.toFixed(3), 10)}  (whole declaration)`,
    );
    out.push(
      `   ${pad('fuse.js', 10)} ${num(pct(c.fuse.recall), 8)} ${num(pct(c.fuse.ordinaryAlertRate), 16)} ${num(c.fuse.msPerQuery.toFixed(3), 10)}  (name only)`,
    );
    out.push(`   engine time / fuse.js time = ${c.engineToFuseTime.toFixed(3)}`);
  }
  out.push('');
  const failed = report.bars.filter((b) => !b.pass);
  out.push(`-- bars: ${report.bars.length - failed.length} of ${report.bars.length} pass`);
  for (const b of report.bars)
    if (!b.pass || !b.id.startsWith('ordinary-traffic:') || /:(alert|medium)$/u.test(b.id))
      out.push(
        `   ${b.pass ? 'pass' : 'FAIL'} ${pad(b.id, 40)} ${num(pct(b.value), 7)} (${b.direction} ${pct(b.limit)})`,
      );
  return out.join('\n');
}
