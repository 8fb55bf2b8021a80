// The composed certificate as a sheet of paper beside the form: the engine's document model rendered
// by React (text only, never markup from data). The user's own sentences are marked, so it is always
// visible which words come from the phrase library and which were written by hand.
import { Box, Text, VisuallyHidden } from '@mantine/core';
import type { Block, CertificateDocument, Run } from '@zeugnisdesk/engine';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './certificate-preview.module.css';

function RunText({ run, highlighted }: { run: Run; highlighted: boolean }) {
  const { t } = useTranslation();
  const own = run.origin === 'user' && run.sentenceId !== undefined;
  return (
    <span
      className={own ? classes.own : highlighted ? classes.highlighted : undefined}
      data-sentence={run.sentenceId}
    >
      {run.text}
      {own ? <VisuallyHidden> {t('editor.preview.ownText')}</VisuallyHidden> : null}
    </span>
  );
}

function joinRuns(runs: readonly Run[], highlighted: string | null): ReactNode[] {
  return runs.flatMap((run, index) => [
    index > 0 ? ' ' : null,
    <RunText key={index} run={run} highlighted={run.sentenceId === highlighted} />,
  ]);
}

function BlockView({ block, highlighted }: { block: Block; highlighted: string | null }) {
  switch (block.type) {
    case 'heading':
      return <p className={classes.title}>{block.text}</p>;
    case 'paragraph':
      return <p className={classes.paragraph}>{joinRuns(block.runs, highlighted)}</p>;
    case 'list':
      return (
        <ul className={classes.list}>
          {block.items.map((item, index) => (
            <li key={index}>
              <RunText run={item} highlighted={item.sentenceId === highlighted} />
            </li>
          ))}
        </ul>
      );
    case 'dateLine':
      return <p className={classes.dateLine}>{block.text}</p>;
    case 'signatures':
      return (
        <div className={classes.signatures}>
          {block.signers.map((signer, index) => (
            <div key={index} className={classes.signer}>
              <span className={classes.signatureLine} aria-hidden="true" />
              <span>{signer.name}</span>
              <span className={classes.signerFunction}>{signer.function}</span>
            </div>
          ))}
        </div>
      );
  }
}

export const CertificatePreview = memo(function CertificatePreview({
  document,
  stale,
  highlighted = null,
}: {
  document: CertificateDocument;
  /** The content has errors: the sheet shows the last valid state. */
  stale: boolean;
  highlighted?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="article"
      className={classes.sheet}
      aria-label={t('editor.preview.label')}
      data-stale={stale || undefined}
      data-testid="certificate-preview"
    >
      <div className={classes.letterhead}>
        <Text fw={700} size="sm">
          {document.employer.name}
        </Text>
        {document.employer.address ? (
          <Text size="xs" c="dark.6">
            {document.employer.address}
          </Text>
        ) : null}
      </div>
      {document.sections.map((section) => (
        <section key={section.id} className={classes.section} data-section={section.id}>
          {section.blocks.map((block, index) => (
            <BlockView key={index} block={block} highlighted={highlighted} />
          ))}
        </section>
      ))}
    </Box>
  );
});
