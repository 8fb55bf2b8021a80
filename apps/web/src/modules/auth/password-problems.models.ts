// The server reports a rejected password as German messages at the field `password`. Where the
// message is one of the policy's rules, the app shows its own text for the rule (in the user's
// language); anything else is shown as the server wrote it.
import type { PasswordPolicy } from './auth.types';

/** For each server message: the rule code it belongs to, or the message itself. */
export function classifyPasswordProblems(
  messages: readonly string[],
  policy: PasswordPolicy | null,
): Array<{ code: string } | { message: string }> {
  return messages.map((message) => {
    const rule = policy?.rules.find((candidate) => candidate.message === message);
    return rule ? { code: rule.code } : { message };
  });
}
