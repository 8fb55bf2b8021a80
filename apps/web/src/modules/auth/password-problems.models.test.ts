import { describe, expect, it } from 'vitest';
import { classifyPasswordProblems } from './password-problems.models';

describe('classifyPasswordProblems', () => {
  const policy = {
    minLength: 8,
    maxLength: 1024,
    rules: [{ code: 'common', message: 'Dieses Passwort ist zu verbreitet und leicht zu erraten.' }],
  };

  it('names the rule behind a server message, so the app can say it in the user’s language', () => {
    expect(
      classifyPasswordProblems(
        ['Dieses Passwort ist zu verbreitet und leicht zu erraten.', 'Etwas anderes.'],
        policy,
      ),
    ).toEqual([{ code: 'common' }, { message: 'Etwas anderes.' }]);
  });

  it('keeps the messages as they are without a policy', () => {
    expect(classifyPasswordProblems(['Zu kurz.'], null)).toEqual([{ message: 'Zu kurz.' }]);
  });
});
