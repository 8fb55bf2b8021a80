// Navigation inside the editor: the step lives in the address (?schritt=bewertung, so a reload or a
// shared link opens the same step), and a finding can take the user to its field or sentence.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { editorSteps, fieldDomId, type EditorStep } from './editor-fields.models';
import { sentenceDomId } from './result-step.component';

const stepSlugs: Record<EditorStep, string> = {
  data: 'daten',
  career: 'werdegang',
  rating: 'bewertung',
  result: 'ergebnis',
};

export function stepFromSlug(slug: string | null): EditorStep {
  return editorSteps.find((step) => stepSlugs[step] === slug) ?? 'data';
}

/** The input for a path, or the first input below it (`ratings` → the first rating), or above it. */
function findField(path: string): HTMLElement | null {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length--) {
    const id = fieldDomId(segments.slice(0, length).join('.'));
    const element =
      document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}-"]`);
    if (element) return element;
  }
  return null;
}

function focusSoon(find: () => HTMLElement | null): void {
  // The step's form mounts on the next render; try for a moment, then give up quietly.
  let attempts = 0;
  const tryFocus = () => {
    const element = find();
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    } else if (attempts++ < 10) {
      setTimeout(tryFocus, 30);
    }
  };
  requestAnimationFrame(tryFocus);
}

export function useEditorStep(): {
  step: EditorStep;
  setStep: (step: EditorStep) => void;
  showField: (step: EditorStep, path: string) => void;
  showSentence: (sentenceId: string) => void;
} {
  const [params, setParams] = useSearchParams();
  const step = stepFromSlug(params.get('schritt'));
  const setStep = useCallback(
    (next: EditorStep) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          updated.set('schritt', stepSlugs[next]);
          return updated;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const showField = useCallback(
    (target: EditorStep, path: string) => {
      setStep(target);
      focusSoon(() => findField(path));
    },
    [setStep],
  );
  const showSentence = useCallback(
    (sentenceId: string) => {
      setStep('result');
      focusSoon(() => document.getElementById(sentenceDomId(sentenceId)));
    },
    [setStep],
  );
  return { step, setStep, showField, showSentence };
}
