// A certificate's history: its status changes (given) and the recorded content changes (L4, fetched page
// by page, „Ältere laden“) as one timeline, newest first. Each save shows who and when, and per field a
// diff: the old value struck through, the new one marked — with <del>/<ins> and hidden „vorher/nachher“
// words, so it does not rely on colour; long texts show the changed words inside the text. When the
// organisation does not record changes, it says so, with a link to the settings for those who may
// change them. The history reloads whenever the editor stores a newer certificate in the query cache.
import { Anchor, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canWrite } from '../../app/access.models';
import { ErrorState } from '../../ui/error-state.component';
import { formatDate, formatDateTime } from '../../ui/date-format';
import { useSession } from '../auth/session.hooks';
import type { StatusChange } from '../certificates/certificates.types';
import { fetchCertificateChanges, privacyKeys } from './privacy.api';
import {
  buildTimeline,
  changeTarget,
  fallbackLabel,
  isLongTextChange,
  sentenceParts,
  wordDiff,
  type TimelineEntry,
} from './privacy.models';
import type { CertificateChange } from './privacy.types';
import classes from './certificate-history.module.css';

/** The editor's query key of one certificate (editor.page.tsx): its updates mean a save. */
const certificateQueryPrefix = 'certificate';

function useFieldLabel() {
  const { t } = useTranslation();
  /** „Leistung – Arbeitserfolg“ for `performance.result`, „Schlussformel (closing.thanks)“ otherwise. */
  const sentenceName = (sentenceId: string): string => {
    const { section, category } = sentenceParts(sentenceId);
    if (!section) return sentenceId;
    const sectionName = t(`editor.sections.${section}`);
    return category
      ? `${sectionName} – ${t(`editor.steps.rating.categories.${category}`)}`
      : `${sectionName} (${sentenceId})`;
  };
  return (path: string): string => {
    const target = changeTarget(path);
    switch (target.kind) {
      case 'field':
        return t(`editor.fields.${target.key}`, { n: target.n ?? 1 });
      case 'rating':
        return target.category === 'leadership'
          ? t('editor.fields.ratings_leadership')
          : t('privacy.history.fields.ratingOf', {
              category: t(`editor.steps.rating.categories.${target.category}`),
            });
      case 'override':
        return t('privacy.history.fields.overrideOf', { sentence: sentenceName(target.sentenceId) });
      case 'variant':
        return t('privacy.history.fields.variant', { sentence: sentenceName(target.sentenceId) });
      case 'private':
        return t('privacy.history.fields.isPrivate');
      case 'other':
        return fallbackLabel(target.segments);
    }
  };
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const gradePattern = /^\/content\/(ratings\/\w+|overallGrade)$/;

function useValueText() {
  const { t, i18n } = useTranslation();
  return (path: string, value: unknown): string => {
    if (value === null || value === '') return t('privacy.history.emptyValue');
    if (typeof value === 'boolean') return value ? t('privacy.history.yes') : t('privacy.history.no');
    if (typeof value === 'number' && gradePattern.test(path) && value >= 1 && value <= 5) {
      const grade = String(value) as '1' | '2' | '3' | '4' | '5';
      return t('privacy.history.grade', { grade, name: t(`editor.steps.rating.gradeNames.${grade}`) });
    }
    if (typeof value === 'string')
      return isoDatePattern.test(value) ? formatDate(value, i18n.language) : value;
    if (typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };
}

function ValueDiff({ change }: { change: CertificateChange }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  if (isLongTextChange(change.before, change.after)) {
    return (
      <Text size="sm" className={classes.text}>
        {wordDiff(change.before, change.after as string).map((part, index) =>
          part.type === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.type === 'removed' ? (
            <del key={index} className={classes.removed}>
              <VisuallyHidden component="span">{t('privacy.history.removedText')} </VisuallyHidden>
              {part.text}
            </del>
          ) : (
            <ins key={index} className={classes.added}>
              <VisuallyHidden component="span">{t('privacy.history.addedText')} </VisuallyHidden>
              {part.text}
            </ins>
          ),
        )}
      </Text>
    );
  }
  return (
    <Text size="sm" className={classes.text}>
      {change.before === undefined ? null : (
        <del className={classes.removed}>
          <VisuallyHidden component="span">{t('privacy.history.before')} </VisuallyHidden>
          {valueText(change.path, change.before)}
        </del>
      )}
      {change.before !== undefined && change.after !== undefined ? (
        <span aria-hidden="true" className={classes.arrow}>
          {' → '}
        </span>
      ) : null}
      {change.after === undefined ? null : (
        <ins className={classes.added}>
          <VisuallyHidden component="span">{t('privacy.history.after')} </VisuallyHidden>
          {valueText(change.path, change.after)}
        </ins>
      )}
    </Text>
  );
}

function EntryView({ entry, userNames }: { entry: TimelineEntry; userNames: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const fieldLabel = useFieldLabel();
  const when = formatDateTime(entry.at, i18n.language);
  if (entry.type === 'status') {
    const { change } = entry;
    const who = change.changedBy ? userNames[change.changedBy] : undefined;
    return (
      <li className={classes.entry}>
        <Text size="xs" c="dark.6">
          <time dateTime={entry.at}>{when}</time>
          {who ? ` · ${who}` : ''}
        </Text>
        <Text size="sm" fw={600}>
          {change.from === null
            ? t('privacy.history.created', { to: t(`certificate.status.${change.to}`) })
            : t('privacy.history.statusChange', {
                from: t(`certificate.status.${change.from}`),
                to: t(`certificate.status.${change.to}`),
              })}
        </Text>
        {change.comment ? (
          <Text size="sm">{t('privacy.history.comment', { comment: change.comment })}</Text>
        ) : null}
      </li>
    );
  }
  const name = entry.actor.name || t('privacy.history.unknownPerson');
  return (
    <li className={classes.entry}>
      <Text size="xs" c="dark.6">
        <time dateTime={entry.at}>{when}</time>
        {' · '}
        {entry.actor.type === 'handover' ? t('privacy.history.byHandover', { name }) : name}
        {' · '}
        {t('privacy.history.changeCount', { count: entry.changes.length })}
      </Text>
      <dl className={classes.changes}>
        {entry.changes.map((change) => (
          <div key={change.id} className={classes.change} data-path={change.path}>
            <dt>
              <Text size="sm" fw={600} component="span">
                {fieldLabel(change.path)}
              </Text>
            </dt>
            <dd>
              <ValueDiff change={change} />
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

export function CertificateHistory({
  certificateId,
  statusHistory,
}: {
  certificateId: string;
  statusHistory: StatusChange[];
}) {
  const { t } = useTranslation();
  const session = useSession();
  const headingId = useId();
  const queryClient = useQueryClient();
  const changes = useInfiniteQuery({
    queryKey: privacyKeys.changes(certificateId),
    queryFn: ({ pageParam, signal }) => fetchCertificateChanges(certificateId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  // A save (or a status change) stores the new certificate in the cache: then there is more history.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        const [prefix, id] = event.query.queryKey as unknown[];
        if (
          event.type === 'updated' &&
          event.action.type === 'success' &&
          prefix === certificateQueryPrefix &&
          id === certificateId
        ) {
          void queryClient.invalidateQueries({ queryKey: privacyKeys.changes(certificateId) });
        }
      }),
    [queryClient, certificateId],
  );

  const pages = changes.data?.pages;
  const timeline = useMemo(
    () =>
      buildTimeline(
        statusHistory,
        (pages ?? []).flatMap((page) => page.items),
        changes.hasNextPage,
      ),
    [statusHistory, pages, changes.hasNextPage],
  );
  const userNames = Object.assign({}, ...(pages ?? []).map((page) => page.userNames)) as Record<
    string,
    string
  >;
  const isTrackingOff = pages?.[0]?.changeTracking === false;

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('privacy.history.heading')}
      </Title>
      <Stack gap="sm">
        {isTrackingOff ? (
          <Text size="sm" data-testid="history-off">
            {t('privacy.history.off')}{' '}
            {canWrite(session, 'privacy') ? (
              <Anchor component={Link} to="/verwaltung/datenschutz" size="sm">
                {t('privacy.history.offLink')}
              </Anchor>
            ) : null}
          </Text>
        ) : null}
        {changes.isError ? (
          <ErrorState
            title={t('privacy.history.loadFailed')}
            error={changes.error}
            onRetry={() => void changes.refetch()}
          />
        ) : changes.isPending ? (
          <Text size="sm" role="status">
            {t('privacy.history.loading')}
          </Text>
        ) : timeline.length === 0 ? (
          <Text size="sm">{t('privacy.history.empty')}</Text>
        ) : (
          <ol className={classes.timeline} aria-label={t('privacy.history.heading')}>
            {timeline.map((entry) => (
              <EntryView key={entry.key} entry={entry} userNames={userNames} />
            ))}
          </ol>
        )}
        {changes.hasNextPage ? (
          <Group>
            <Button
              variant="default"
              size="compact-sm"
              loading={changes.isFetchingNextPage}
              onClick={() => void changes.fetchNextPage()}
            >
              {changes.isFetchingNextPage ? t('privacy.history.loadingMore') : t('privacy.history.loadMore')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
