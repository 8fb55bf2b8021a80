import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import {
  checkSenderName,
  checkTemplateForm,
  emailErrorKey,
  insertAt,
  isContentChanged,
  templateIssues,
  toSenderNameBody,
} from './email.models';

const content = { subject: 'Hallo', text: 'Text', html: '<p>x</p>' };

describe('the template editor form', () => {
  it('knows whether anything changed', () => {
    expect(isContentChanged(content, { ...content })).toBe(false);
    expect(isContentChanged(content, { ...content, html: '<p>y</p>' })).toBe(true);
  });

  it('puts the server’s problems at their part, several in one part joined', () => {
    const error = new ApiError(400, 'email_template.invalid', 'invalid', [
      { path: 'text', message: 'Der Befehl „include“ ist nicht erlaubt (Zeile 2)' },
      { path: 'html', message: 'A (Zeile 1)' },
      { path: 'html', message: 'B (Zeile 3)' },
    ]);
    expect(templateIssues(error)).toEqual({
      text: 'Der Befehl „include“ ist nicht erlaubt (Zeile 2)',
      html: 'A (Zeile 1); B (Zeile 3)',
    });
    expect(templateIssues(new ApiError(403, 'auth.forbidden', 'no'))).toEqual({});
  });

  it('checks length, the subject’s one line and required parts before sending', () => {
    expect(checkTemplateForm(content)).toEqual({});
    expect(checkTemplateForm({ ...content, subject: 'a\nb', text: ' ' })).toEqual({
      subject: 'email.editor.subjectOneLine',
      text: 'email.editor.required',
    });
    expect(checkTemplateForm({ ...content, html: 'x'.repeat(20_001) })).toEqual({
      html: 'email.editor.tooLong',
    });
  });

  it('inserts a placeholder at the cursor, replacing a selection', () => {
    expect(insertAt('Hallo !', '{{ user.name }}', 6, 6)).toEqual({
      value: 'Hallo {{ user.name }}!',
      cursor: 21,
    });
    expect(insertAt('Hallo XX!', 'Y', 6, 8)).toEqual({ value: 'Hallo Y!', cursor: 7 });
    expect(insertAt('abc', 'Z', null, null)).toEqual({ value: 'abcZ', cursor: 4 });
  });
});

describe('the sender name', () => {
  it('follows the server’s rules and sends null for the default', () => {
    expect(checkSenderName('Personal Musterfirma')).toBeNull();
    expect(checkSenderName('Evil <x@evil.test>')).toBe('email.sender.forbiddenCharacters');
    expect(checkSenderName('x'.repeat(81))).toBe('email.sender.tooLong');
    expect(toSenderNameBody('  Personal   Musterfirma ')).toBe('Personal Musterfirma');
    expect(toSenderNameBody('   ')).toBeNull();
  });
});

it('explains refused actions', () => {
  expect(emailErrorKey(new ApiError(404, 'delivery_failure.not_found', 'gone'))).toBe(
    'email.errors.failureGone',
  );
  expect(emailErrorKey(new ApiError(400, 'email_template.invalid', 'x'))).toBe(
    'email.errors.templateInvalid',
  );
});
