/* eslint-disable @typescript-eslint/no-explicit-any -- the console renders the desk's JSON as served; its shapes are typed and validated on the server */
import { useEffect, useState } from 'preact/hooks';
import { performance as loadPerformance } from './desk-api';

const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${Math.round(rate * 100)} %`);

/** Indicator performance from the officers' outcomes, per profile version, with the daily trend. */
export function PerformancePage() {
  const [rows, setRows] = useState<any[]>();
  const [error, setError] = useState('');
  useEffect(() => {
    loadPerformance().then(
      (body) => setRows(body.indicators),
      (e) => setError(e.message),
    );
  }, []);
  return (
    <main class="single">
      <section aria-labelledby="perf-title">
        <h2 id="perf-title">Indicator performance</h2>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <table>
          <caption class="sr-only">Hits and outcomes per indicator and profile version</caption>
          <thead>
            <tr>
              <th scope="col">Profile</th>
              <th scope="col">Indicator</th>
              <th scope="col">Hits</th>
              <th scope="col">Decided</th>
              <th scope="col">Seizure rate</th>
              <th scope="col">False-positive rate</th>
              <th scope="col">By day (hits / seizures / false positives)</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((row) => (
              <tr key={`${row.profile}|${row.indicator}`} data-indicator={row.indicator}>
                <td>{row.profile}</td>
                <td>{row.indicator}</td>
                <td>{row.hits}</td>
                <td>{row.decided}</td>
                <td>{percent(row.seizureRate)}</td>
                <td>{percent(row.falsePositiveRate)}</td>
                <td>
                  {row.days.map((d: any) => (
                    <div key={d.day}>
                      {d.day}: {d.hits} / {d.seizures} / {d.falsePositives}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows && rows.length === 0 && <p>No alerts yet.</p>}
      </section>
    </main>
  );
}
