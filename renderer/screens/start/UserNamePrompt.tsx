/** Asks once for the user's name (it stands in the Änderungsprotokoll at every change). */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { storageController } from '../../storage/storageController';

export function UserNamePrompt() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    storageController()
      .setUserName(name)
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <form className="storage-card user-name" onSubmit={submit} data-testid="user-name-form">
      <h2>Wie heißen Sie?</h2>
      <p>Ihr Name steht im Änderungsprotokoll bei jeder Ihrer Änderungen. Sie werden nur einmal gefragt.</p>
      <label>
        Name{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="user-name-input"
          autoComplete="name"
        />
      </label>
      <button type="submit">Speichern</button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}
