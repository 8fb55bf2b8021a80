import type { IssueSeverity } from '../model/issue.types.js';

export interface RiskyPhrase {
  /** Stable issue code: `mention.<topic>` (must not appear) or `wording.<signal>` (may be read as code). */
  code: string;
  /** Whole-word pattern, `iu` flags, no `g` (so `exec` keeps no state). */
  pattern: RegExp;
  /** German message for the user interface, hedged: the reader may take it so, not must. */
  message: string;
  /** `error` for mentions that must not appear, `warning` for risky readings. */
  severity: Extract<IssueSeverity, 'error' | 'warning'>;
  /**
   * The phrase is harmless when this also matches the same text: it then describes the work, not the
   * employee (a nurse's patients and their illnesses, a payroll clerk's "Lohn- und Gehaltsabrechnung").
   */
  unless?: RegExp;
  /** Harmless in a retirement certificate (a health wish belongs there). */
  allowedOnRetirement?: boolean;
}
