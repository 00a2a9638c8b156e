/* eslint-disable @typescript-eslint/no-explicit-any -- the console renders the desk's JSON as served; its shapes are typed and validated on the server */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listAlerts, type Me } from './desk-api';
import { AlertDetail } from './alert-detail';

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
const STATUSES = [
  ['NEW,CLAIMED,UNDER_EXAMINATION', 'Open'],
  ['NEW', 'New'],
  ['CLAIMED', 'Claimed'],
  ['UNDER_EXAMINATION', 'Under examination'],
  ['CLOSED', 'Closed'],
];
const MODES = ['', 'SEA', 'AIR', 'ROAD', 'RAIL', 'POSTAL', 'EXPRESS'];

export function Worklist({ user }: { user: Me }) {
  const [filters, setFilters] = useState({
    status: STATUSES[0][0],
    severity: '',
    indicator: '',
    office: '',
    mode: '',
    country: '',
    q: '',
  });
  const [page, setPage] = useState<any>();
  const [error, setError] = useState('');
  const [selected, setSelected] = useState<string | undefined>(location.hash.slice(1) || undefined);
  const [announcement, setAnnouncement] = useState('');
  const [version, setVersion] = useState(0);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const load = useCallback(async () => {
    const query = new URLSearchParams(
      // A search starts with its second letter: the index does not hold one-letter words.
      Object.entries(filtersRef.current).filter(([k, v]) => (k === 'q' ? /[\p{L}\p{N}]{2}/u.test(v) : v !== '')),
    ).toString();
    try {
      setPage(await listAlerts(query));
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => void load(), [filters]);

  useEffect(() => {
    const follow = () => setSelected(location.hash.slice(1) || undefined);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    const source = new EventSource('/api/events');
    let timer: number | undefined;
    source.addEventListener('change', (event) => {
      const change = JSON.parse((event as MessageEvent).data);
      if (change.type === 'new') setAnnouncement(`New ${change.severity} alert ${change.alertId}`);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        void load();
        setVersion((v) => v + 1);
      }, 100);
    });
    return () => source.close();
  }, []);

  const open = page?.counts ?? {};
  const openCount = (severity: string) =>
    ['NEW', 'CLAIMED', 'UNDER_EXAMINATION'].reduce((n, s) => n + (open[s]?.[severity] ?? 0), 0);
  const set = (name: string) => (e: Event) =>
    setFilters({ ...filters, [name]: (e.currentTarget as HTMLInputElement).value });

  return (
    <main>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">Worklist</h2>
        <p class="sr-only" aria-live="polite">
          {announcement}
        </p>
        <div class="counts" aria-label="Open alerts by severity">
          {SEVERITIES.map((s) => (
            <span class={`count sev-${s}`} key={s}>
              {s} {openCount(s)}
            </span>
          ))}
        </div>
        <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
          <label>
            Status
            <select value={filters.status} onChange={set('status')}>
              {STATUSES.map(([value, label]) => (
                <option value={value} key={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Severity
            <select value={filters.severity} onChange={set('severity')}>
              <option value="">Any</option>
              {SEVERITIES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label>
            Indicator
            <input value={filters.indicator} onChange={set('indicator')} placeholder="SANCTIONED_PARTY" />
          </label>
          <label>
            Office
            <input value={filters.office} onChange={set('office')} />
          </label>
          <label>
            Transport
            <select value={filters.mode} onChange={set('mode')}>
              {MODES.map((m) => (
                <option value={m} key={m}>
                  {m || 'Any'}
                </option>
              ))}
            </select>
          </label>
          <label>
            Country
            <input value={filters.country} onChange={set('country')} maxLength={2} />
          </label>
          <label>
            Search
            <input type="search" value={filters.q} onChange={set('q')} placeholder="party, goods, id" />
          </label>
        </form>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <table>
          <caption class="sr-only">Alerts, most urgent first</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Score</th>
              <th scope="col">Declaration</th>
              <th scope="col">Indicators</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {(page?.items ?? []).map((row: any) => (
              <tr
                key={row.alert.alertId}
                class={`row-${row.severity} ${selected === row.alert.alertId ? 'selected' : ''}`}
                data-alert-id={row.alert.alertId}
              >
                <td>
                  <span class={`count sev-${row.severity}`}>{row.severity}</span>
                </td>
                <td>{row.alert.score}</td>
                <td>
                  <a href={`#${row.alert.alertId}`}>
                    {row.alert.declarationId} v{row.alert.version}
                  </a>{' '}
                  {row.alert.trigger !== 'LIVE' && (
                    <span class={`badge trigger-${row.alert.trigger}`}>{row.alert.trigger}</span>
                  )}
                </td>
                <td>{[...new Set(row.alert.hits.map((h: any) => h.indicator))].join(', ')}</td>
                <td>
                  {row.state.status.replace('_', ' ')}
                  {row.state.assignee ? ` — ${row.state.assignee}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {page
            ? `${page.total}${page.totalExact === false ? '+' : ''} alert${page.total === 1 ? '' : 's'}`
            : 'Loading…'}
        </p>
      </section>
      {selected ? (
        <AlertDetail id={selected} user={user} version={version} onChanged={() => void load()} />
      ) : (
        <section>
          <p>Choose an alert to see why it was raised.</p>
        </section>
      )}
    </main>
  );
}
