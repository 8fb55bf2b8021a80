// The pure rules of the e-mail pages: the editor's form (changed or not, what to send), where the
// server's template problems belong (subject, text, HTML — with their line), inserting a placeholder at
// the cursor, the sender name check, and the texts that explain a refused action.
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../../app/api/api-client.models';
import type { TemplateContent, TemplatePart } from './email.types';

export const templateParts: readonly TemplatePart[] = ['subject', 'text', 'html'];

export const partLimits: Record<TemplatePart, number> = { subject: 200, text: 20_000, html: 20_000 };

export function isContentChanged(saved: TemplateContent, form: TemplateContent): boolean {
  return templateParts.some((part) => saved[part] !== form[part]);
}

/** The template problems the server reported, per part (the messages already say the line). */
export function templateIssues(error: unknown): Partial<Record<TemplatePart, string>> {
  if (!isApiError(error) || error.code !== 'email_template.invalid') return {};
  const found: Partial<Record<TemplatePart, string>> = {};
  for (const issue of error.issues) {
    if (issue.path === 'subject' || issue.path === 'text' || issue.path === 'html') {
      found[issue.path] = found[issue.path] ? `${found[issue.path]}; ${issue.message}` : issue.message;
    }
  }
  return found;
}

/** Problems the form can see before asking the server: length and the subject's one line. */
export function checkTemplateForm(
  form: TemplateContent,
): Partial<
  Record<TemplatePart, 'email.editor.tooLong' | 'email.editor.subjectOneLine' | 'email.editor.required'>
> {
  const found: ReturnType<typeof checkTemplateForm> = {};
  for (const part of templateParts) {
    if (form[part].length > partLimits[part]) found[part] = 'email.editor.tooLong';
  }
  if (!found.subject && /[\r\n]/.test(form.subject)) found.subject = 'email.editor.subjectOneLine';
  if (!found.subject && form.subject.trim() === '') found.subject = 'email.editor.required';
  if (!found.text && form.text.trim() === '') found.text = 'email.editor.required';
  return found;
}

/** The Liquid output tag of a placeholder. */
export function placeholderTag(name: string): string {
  return `{{ ${name} }}`;
}

/**
 * Inserts `insertion` into `value` in place of the selection [start, end); returns the new value and
 * where the cursor goes (after the insertion).
 */
export function insertAt(
  value: string,
  insertion: string,
  start: number | null,
  end: number | null,
): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start ?? value.length, value.length));
  const to = Math.max(from, Math.min(end ?? from, value.length));
  return { value: value.slice(0, from) + insertion + value.slice(to), cursor: from + insertion.length };
}

export type SenderNameProblem = 'email.sender.tooLong' | 'email.sender.forbiddenCharacters';

/** The sender name's rules (as the server checks them): one line, at most 80 characters, no <>"\. */
export function checkSenderName(value: string): SenderNameProblem | null {
  const trimmed = value.trim();
  if (/[\r\n<>"\\]/.test(trimmed)) return 'email.sender.forbiddenCharacters';
  if (trimmed.length > 80) return 'email.sender.tooLong';
  return null;
}

/** null for an empty name: the server then uses „Zeugnisdesk“. */
export function toSenderNameBody(value: string): string | null {
  return value.replace(/[ \t]+/g, ' ').trim() || null;
}

export type EmailErrorKey = 'email.errors.failureGone' | 'email.errors.templateInvalid' | ErrorMessageKey;

export function emailErrorKey(error: unknown): EmailErrorKey {
  if (isApiError(error)) {
    if (error.code === 'delivery_failure.not_found') return 'email.errors.failureGone';
    if (error.code === 'email_template.invalid') return 'email.errors.templateInvalid';
  }
  return errorMessageKey(error);
}
