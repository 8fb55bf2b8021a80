// The password rules as a checklist that updates while the user types. Each entry says in words
// whether it is met (for screen readers), and the icon shows it at a glance.
import { Box, List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CircleIcon, InfoIcon } from '../../ui/icons';
import type { PasswordPolicy } from './auth.types';
import type { EvaluatedPasswordRule, PasswordRuleState } from './password-rules.models';

const passwordRuleCodes = [
  'too_short',
  'too_long',
  'missing_lowercase',
  'missing_uppercase',
  'missing_digit',
  'missing_special',
  'common',
  'contains_personal_data',
] as const;
export type PasswordRuleCode = (typeof passwordRuleCodes)[number];

/** The rules the app has its own (translated) text for. */
export function isPasswordRuleCode(code: string): code is PasswordRuleCode {
  return (passwordRuleCodes as readonly string[]).includes(code);
}

const stateIcon: Record<PasswordRuleState, { color: string; icon: React.ReactNode }> = {
  met: { color: 'green.8', icon: <CheckIcon size={12} strokeWidth={3} /> },
  unmet: { color: 'gray', icon: <CircleIcon size={10} strokeWidth={3} /> },
  server: { color: 'gray', icon: <InfoIcon size={12} strokeWidth={2.5} /> },
};

export function PasswordRules({ rules, policy }: { rules: EvaluatedPasswordRule[]; policy: PasswordPolicy }) {
  const { t } = useTranslation();
  const label = (rule: EvaluatedPasswordRule) => {
    if (!isPasswordRuleCode(rule.code)) return rule.message;
    const count = rule.code === 'too_long' ? policy.maxLength : policy.minLength;
    return t(`newPassword.rules.${rule.code}`, { count });
  };
  return (
    <Box mt={6}>
      <Text size="sm" fw={500} c="dark.6">
        {t('newPassword.rulesHeading')}
      </Text>
      <List spacing={2} size="sm" center mt={4} listStyleType="none" data-testid="password-rules">
        {rules.map((rule) => (
          <List.Item
            key={rule.code}
            data-rule={rule.code}
            data-state={rule.state}
            icon={
              <ThemeIcon
                color={stateIcon[rule.state].color}
                size={18}
                radius="xl"
                variant={rule.state === 'met' ? 'filled' : 'light'}
              >
                {stateIcon[rule.state].icon}
              </ThemeIcon>
            }
          >
            <Text
              span
              size="sm"
              c={rule.state === 'met' ? 'var(--mantine-color-green-light-color)' : 'dark.6'}
            >
              {label(rule)}
            </Text>
            <VisuallyHidden> ({t(`newPassword.state.${rule.state}`)})</VisuallyHidden>
          </List.Item>
        ))}
      </List>
    </Box>
  );
}
