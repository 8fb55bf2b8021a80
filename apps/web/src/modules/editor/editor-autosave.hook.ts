// Autosave: a valid, changed snapshot is saved shortly after the user pauses; one request at a time,
// each based on the revision the last answer named. When someone else saved in between, the server
// answers 409 and saving stops until the user decides (never a silent overwrite).
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, type ApiError } from '../../app/api/api-client.models';
import type { CertificateChanges } from '../certificates/certificates.types';
import { snapshotKey, type EditorSnapshot } from './editor.models';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'invalid' }
  | { kind: 'saving' }
  | { kind: 'conflict' }
  | { kind: 'error'; error: ApiError | null };

export interface Autosave {
  state: SaveState;
  /** The revision the next save is based on. */
  revision: number;
  hasUnsavedChanges: boolean;
  /** Saves now if needed; resolves true once everything is saved (false: invalid, conflict, failure). */
  flush: () => Promise<boolean>;
  /** After the user resolved a conflict or another action changed the certificate: start from it. */
  rebase: (saved: { revision: number }, snapshot: EditorSnapshot) => void;
}

export const autosaveDelayMs = 800;

export function useAutosave<T extends { revision: number }>({
  save: send,
  snapshot,
  isValid,
  initialRevision,
  initialSnapshot,
  onSaved,
}: {
  /** Sends the changes (PATCH); the answer names the new revision. */
  save: (changes: CertificateChanges) => Promise<T>;
  snapshot: EditorSnapshot;
  isValid: boolean;
  initialRevision: number;
  initialSnapshot: EditorSnapshot;
  onSaved: (saved: T) => void;
}): Autosave {
  const key = snapshotKey(snapshot);
  const savedKey = useRef(snapshotKey(initialSnapshot));
  const revision = useRef(initialRevision);
  const current = useRef({ snapshot, key, isValid });
  current.current = { snapshot, key, isValid };
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const sendRef = useRef(send);
  sendRef.current = send;
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [shownRevision, setShownRevision] = useState(initialRevision);

  const idleState = useCallback((): SaveState => {
    const { key: latest, isValid: valid } = current.current;
    if (latest === savedKey.current) return { kind: 'saved' };
    return valid ? { kind: 'dirty' } : { kind: 'invalid' };
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) {
      await inFlight.current;
      return save();
    }
    if (blocked.current) return false;
    const { snapshot: sending, key: sendingKey, isValid: valid } = current.current;
    if (sendingKey === savedKey.current) return true;
    if (!valid) {
      setState({ kind: 'invalid' });
      return false;
    }
    setState({ kind: 'saving' });
    const request = (async () => {
      try {
        const saved = await sendRef.current({
          revision: revision.current,
          content: sending.content,
          options: sending.options,
          isPrivate: sending.isPrivate,
        });
        revision.current = saved.revision;
        setShownRevision(saved.revision);
        savedKey.current = sendingKey;
        onSavedRef.current(saved);
        return true;
      } catch (error) {
        if (isApiError(error) && error.code === 'certificate.revision_conflict') {
          blocked.current = true;
          setState({ kind: 'conflict' });
        } else {
          setState({ kind: 'error', error: isApiError(error) ? error : null });
        }
        return false;
      }
    })();
    inFlight.current = request;
    const ok = await request;
    inFlight.current = null;
    if (ok) {
      setState(idleState());
      if (current.current.key !== savedKey.current) return save();
    }
    return ok;
  }, [idleState]);

  useEffect(() => {
    if (blocked.current || inFlight.current) return;
    if (key === savedKey.current) {
      setState((previous) => (previous.kind === 'error' ? previous : { kind: 'saved' }));
      return;
    }
    if (!isValid) {
      setState({ kind: 'invalid' });
      return;
    }
    setState({ kind: 'dirty' });
    const timer = setTimeout(() => void save(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [key, isValid, save]);

  const rebase = useCallback(
    (saved: { revision: number }, base: EditorSnapshot) => {
      revision.current = saved.revision;
      setShownRevision(saved.revision);
      savedKey.current = snapshotKey(base);
      blocked.current = false;
      setState(idleState());
    },
    [idleState],
  );

  return {
    state,
    revision: shownRevision,
    hasUnsavedChanges: key !== savedKey.current,
    flush: save,
    rebase,
  };
}
