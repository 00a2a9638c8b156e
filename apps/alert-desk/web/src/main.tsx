import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { me, signOut, type Me } from './desk-api';
import { SignInForm } from './sign-in-form';
import { Worklist } from './worklist';

function Console() {
  const [user, setUser] = useState<Me | undefined | null>(null);
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
        <button type="button" onClick={() => void signOut().finally(() => setUser(undefined))}>
          Sign out
        </button>
      </header>
      <Worklist user={user} />
    </>
  );
}

render(<Console />, document.getElementById('root')!);
