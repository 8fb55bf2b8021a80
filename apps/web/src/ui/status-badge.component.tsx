// A certificate's status as a tinted badge. The text stays dark on every tint, so it keeps WCAG AA
// contrast whatever the colour; the colour only helps to scan a list.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../modules/certificates/certificates.types';

const statusColor: Record<CertificateStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  reviewed: 'orange',
  approved: 'teal',
  issued: 'green',
  archived: 'gray',
};

export function StatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]} c="dark.8" tt="none" fw={600} miw="max-content">
      {t(`certificate.status.${status}`)}
    </Badge>
  );
}
