// The development page of the outbox: plain HTML (no inline script or style, the CSP forbids both),
// every value escaped, because message contents come from users.
import { parseAttachments } from './outbox.models.js';
import type { OutboxMessageRow } from './outbox.repository.js';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function renderMessage(row: OutboxMessageRow): string {
  const attachments = parseAttachments(row.attachments_json)
    .map(({ filename, contentType, content }) => `${filename} (${contentType}, ${content.byteLength} bytes)`)
    .join(', ');
  const cell = (value: string | number | null) => `<td>${escapeHtml(String(value ?? ''))}</td>`;
  return [
    '<tr>',
    cell(row.created_at),
    cell(row.channel),
    cell(row.recipient),
    cell(row.subject),
    `<td><pre>${escapeHtml(row.text_body)}</pre></td>`,
    cell(attachments),
    cell(row.transport ? `${row.status} (${row.transport})` : row.status),
    cell(row.attempts),
    cell(row.last_error),
    '</tr>',
  ].join('');
}

export function renderOutboxPage(rows: readonly OutboxMessageRow[]): string {
  const head = [
    'created',
    'channel',
    'to',
    'subject',
    'text',
    'attachments',
    'status',
    'attempts',
    'last error',
  ];
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Outbox (development)</title></head><body>',
    '<h1>Outbox</h1>',
    `<p>${rows.length} message(s), newest first. This page exists only outside production.</p>`,
    '<table border="1"><thead><tr>',
    ...head.map((name) => `<th>${name}</th>`),
    '</tr></thead><tbody>',
    ...rows.map(renderMessage),
    '</tbody></table></body></html>',
  ].join('\n');
}
