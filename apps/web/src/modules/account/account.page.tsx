// /konto (Mein Konto): who is signed in, the second factors, the password, and „Überall abmelden“.
import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';
import { useSession } from '../auth/session.hooks';
import { AccountSection } from './account-section.component';
import { PasswordChangeSection } from './password-change.component';
import { SecondFactorsSection } from './second-factors.component';
import { SessionsSection } from './sessions.component';

function ProfileSection() {
  const { t } = useTranslation();
  const { user, organization } = useSession();
  const rows: Array<[string, string]> = [
    [t('account.profile.name'), `${user.firstName} ${user.lastName}`],
    [t('account.profile.email'), user.email],
    [t('account.profile.organization'), organization.name],
  ];
  return (
    <AccountSection title={t('account.profile.heading')}>
      <Table variant="vertical" layout="fixed" withTableBorder={false} verticalSpacing={6}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180} scope="row" bg="transparent" fw={500}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="xs">
        {t('account.profile.hint')}
      </Text>
    </AccountSection>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Box maw={880}>
      <PageHeader title={t('account.title')}>{t('account.intro')}</PageHeader>
      <Stack gap="lg">
        <ProfileSection />
        <SecondFactorsSection />
        <PasswordChangeSection />
        <SessionsSection />
      </Stack>
    </Box>
  );
}
