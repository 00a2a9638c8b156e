import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { me, signOut, type Me } from './desk-api';
import { PerformancePage } from './performance-page';
import { SignInForm } from './sign-in-form';
import { Worklist } from './worklist';

function Console() {
  const [user, setUser] = useState<Me | undefined | null>(null);
  const [view, setView] = useState<'worklist' | 'performance'>('worklist');
  useEffect(() => {
    void me().then(setUser);
  }, []);
  if (user === null) return <p role="status">Loading…</p>;
  if (!user) return <SignInForm onSignedIn={setUser} />;
  return (
    <>
      <header>
        <h1>SALW alert desk</h1>
        <span>
          Signed in as <strong>{user.subject}</strong> ({user.roles.join(', ')})
        </span>
        {user.roles.some((role) => ['analyst', 'supervisor', 'admin'].includes(role)) && (
          <nav aria-label="Pages">
            <button type="button" aria-pressed={view === 'worklist'} onClick={() => setView('worklist')}>
              Worklist
            </button>{' '}
            <button
              type="button"
              aria-pressed={view === 'performance'}
              onClick={() => setView('performance')}
            >
              Indicator performance
            </button>
          </nav>
        )}
        <button type="button" onClick={() => void signOut().finally(() => setUser(undefined))}>
          Sign out
        </button>
      </header>
      {view === 'performance' ? <PerformancePage /> : <Worklist user={user} />}
    </>
  );
}

render(<Console />, document.getElementById('root')!);
