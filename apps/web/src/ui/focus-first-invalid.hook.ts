// After a failed check, the first field with a problem takes the focus — once the errors are rendered,
// hence a request that an effect fulfils after the next render.
import { useCallback, useEffect, useState, type RefObject } from 'react';

const invalidField = '[aria-invalid="true"], [data-error] input, [data-invalid] input';

export function useFocusFirstInvalid(formRef: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>(invalidField)?.focus();
  }, [request, formRef]);
  return useCallback(() => setRequest((count) => count + 1), []);
}
