/* eslint-disable @typescript-eslint/no-explicit-any -- the console renders the desk's JSON as served; its shapes are typed and validated on the server */
import { useEffect, useState } from 'preact/hooks';
import { act, alertDetail, type Me } from './desk-api';

const OUTCOMES = ['SEIZURE', 'IRREGULARITY', 'NO_FIND', 'FALSE_POSITIVE', 'REFERRED'];

/** The goods description with the words the indicator matched marked. */
function Highlighted({ text, words }: { text: string; words: string[] }) {
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}</>;
}

function itemIndex(field: unknown): number | undefined {
  const match = /^items\[(\d+)\]/.exec(String(field ?? ''));
  return match ? Number(match[1]) : undefined;
}

function Hit({ hit, declaration }: { hit: any; declaration: any }) {
  const evidence = hit.evidence ?? {};
  const index = itemIndex(evidence.field) ?? (hit.itemLine ? hit.itemLine - 1 : undefined);
  const item = index !== undefined ? declaration?.items?.[index] : undefined;
  const party = hit.party ? declaration?.parties?.[hit.party] : undefined;
  return (
    <article class="hit" aria-label={`${hit.indicator}, ${hit.points} points`}>
      <div class="hit-head">
        <span>{hit.indicator}</span>
        <span>{hit.points} points</span>
      </div>
      <p>{hit.reason}</p>
      {item && (
        <p>
          Goods (line {item.line}, HS {item.hsCode}):{' '}
          <Highlighted text={item.description} words={evidence.matched ?? []} />
        </p>
      )}
      {evidence.entryId && (
        <div class="side">
          <dl aria-label="Declared party">
            <dt>Declared {hit.party}</dt>
            <dd>{party?.name ?? '—'}</dd>
            <dt>Identifier</dt>
            <dd>{party?.id ?? '—'}</dd>
            <dt>Country</dt>
            <dd>{party?.address?.country ?? '—'}</dd>
          </dl>
          <dl aria-label="Watchlist entry">
            <dt>Listed name</dt>
            <dd>{evidence.matchedName}</dd>
            <dt>List and entry</dt>
            <dd>
              {evidence.list} {evidence.entryId}
            </dd>
            <dt>Similarity</dt>
            <dd>{typeof evidence.similarity === 'number' ? evidence.similarity.toFixed(2) : '—'}</dd>
          </dl>
        </div>
      )}
      {!item && !evidence.entryId && Object.keys(evidence).length > 0 && (
        <p>
          <small>
            {Object.entries(evidence)
              .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
              .join(' · ')}
          </small>
        </p>
      )}
    </article>
  );
}

function Route({ declaration, embargoed }: { declaration: any; embargoed: Set<string> }) {
  const route = declaration?.route;
  if (!route) return null;
  const stops = [route.origin, ...(route.transit ?? []), route.destination];
  return (
    <ol class="route" aria-label="Route">
      {stops.map((country: string, i: number) => (
        <li key={i} class={embargoed.has(country) ? 'embargoed' : ''}>
          {country}
          {embargoed.has(country) ? ' (embargoed)' : ''}
          {i < stops.length - 1 ? ' →' : ''}
        </li>
      ))}
    </ol>
  );
}

export function AlertDetail({
  id,
  user,
  version,
  onChanged,
}: {
  id: string;
  user: Me;
  version: number;
  onChanged: () => void;
}) {
  const [detail, setDetail] = useState<any>();
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  useEffect(() => {
    alertDetail(id).then(setDetail, (e) => setError(e.message));
  }, [id, version]);
  if (!detail)
    return (
      <section>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : (
          <p role="status">Loading…</p>
        )}
      </section>
    );

  const run = async (action: string, body?: unknown) => {
    setError('');
    try {
      setDetail(await act(id, action, body));
      setNote('');
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const { alert, state, declaration } = detail;
  const status = state.status;
  const mine = state.assignee === user.subject;
  const supervisor = user.roles.includes('supervisor');
  const officer = user.roles.includes('officer') || supervisor;
  const embargoed = new Set<string>(
    alert.hits
      .filter((h: any) => h.indicator === 'EMBARGO_COUNTRY' || h.evidence?.regime)
      .map((h: any) => h.evidence?.country),
  );

  return (
    <section aria-labelledby="detail-title">
      <h2 id="detail-title">
        <span class={`count sev-${alert.severity}`}>{alert.severity}</span> {alert.declarationId} v
        {alert.version} — score {alert.score}
      </h2>
      <p>
        Status <strong>{status.replace('_', ' ')}</strong>
        {state.assignee && <> · held by {state.assignee}</>}
        {state.resolution && <> · outcome {state.resolution}</>} · trigger{' '}
        <span
          class={`badge trigger-${alert.trigger}`}
          style={alert.trigger === 'LIVE' ? 'background:#555' : ''}
        >
          {alert.trigger}
        </span>
        {state.supersededBy && (
          <>
            {' '}
            · superseded by <a href={`#${state.supersededBy}`}>{state.supersededBy}</a>
          </>
        )}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {officer && (
        <div class="actions" role="group" aria-label="Actions">
          {status === 'NEW' && <button onClick={() => run('claim')}>Claim</button>}
          {status === 'CLAIMED' && (mine || supervisor) && (
            <button onClick={() => run('examine')}>Start examination</button>
          )}
          {(status === 'CLAIMED' || status === 'UNDER_EXAMINATION') && (mine || supervisor) && (
            <>
              <label>
                Outcome
                <select value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)}>
                  <option value="">Choose…</option>
                  {OUTCOMES.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              </label>
              <label>
                Note
                <input value={note} onInput={(e) => setNote(e.currentTarget.value)} maxLength={4096} />
              </label>
              <button disabled={!outcome} onClick={() => run('close', { outcome, note })}>
                Close alert
              </button>
              <button class="secondary" onClick={() => run('release')}>
                Release
              </button>
            </>
          )}
          {supervisor && status !== 'CLOSED' && (
            <>
              <label>
                Assign to
                <input value={assignee} onInput={(e) => setAssignee(e.currentTarget.value)} />
              </label>
              <button class="secondary" disabled={!assignee} onClick={() => run('assign', { assignee })}>
                Assign
              </button>
            </>
          )}
          {supervisor && status === 'CLOSED' && state.resolution !== 'SUPERSEDED' && (
            <button class="secondary" onClick={() => run('reopen')}>
              Reopen
            </button>
          )}
        </div>
      )}
      <h3>Why it was raised</h3>
      {alert.hits.map((hit: any, i: number) => (
        <Hit key={i} hit={hit} declaration={declaration} />
      ))}
      <h3>Route</h3>
      {declaration ? (
        <Route declaration={declaration} embargoed={embargoed} />
      ) : (
        <p>The declaration has not reached the desk yet.</p>
      )}
      {declaration && (
        <p>
          {declaration.transport.mode} · office {declaration.office ?? '—'} · consignee{' '}
          {declaration.parties.consignee.name}
        </p>
      )}
      <h3>Declaration versions</h3>
      <ul>
        {detail.versions.map((v: any) => (
          <li key={v.version}>
            v{v.version}{' '}
            {v.alertId ? (
              <a href={`#${v.alertId}`}>{v.alertId === id ? '(this alert)' : 'alert'}</a>
            ) : (
              '(no alert)'
            )}
          </li>
        ))}
      </ul>
      <h3>History</h3>
      <ol class="history">
        {detail.history.map((h: any, i: number) => (
          <li key={i}>
            {new Date(h.at).toLocaleString()} — {h.actor}: {h.action}
            {h.from ? ` (${h.from} → ${h.to})` : ''}
            {h.outcome ? `, ${h.outcome}` : ''}
            {h.note ? `: “${h.note}”` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
