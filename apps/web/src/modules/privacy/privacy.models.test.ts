// The privacy page's form logic, the reading of change paths, the word diff (with properties: both
// texts can be rebuilt from it) and the merged timeline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import type { StatusChange } from '../certificates/certificates.types';
import {
  buildTimeline,
  changeTarget,
  comparePaths,
  fallbackLabel,
  isLongTextChange,
  pointerSegments,
  sentenceParts,
  serverFieldErrors,
  settingsToForm,
  toSettingsPatch,
  validatePrivacyForm,
  wordDiff,
  type DiffPart,
} from './privacy.models';
import type { CertificateChange, PrivacySettings } from './privacy.types';

const saved: PrivacySettings = {
  changeTracking: false,
  handoverCode: { required: false, channels: ['email', 'sms'] },
};

describe('the settings form', () => {
  it('sends only what changed, channels in a fixed order', () => {
    const form = settingsToForm(saved);
    expect(toSettingsPatch(saved, form)).toEqual({});
    expect(toSettingsPatch(saved, { ...form, changeTracking: true })).toEqual({ changeTracking: true });
    expect(toSettingsPatch(saved, { ...form, codeRequired: true, channels: ['sms'] })).toEqual({
      handoverCode: { required: true, channels: ['sms'] },
    });
    expect(toSettingsPatch(saved, { ...form, channels: ['sms', 'email'] })).toEqual({});
  });

  it('needs at least one channel', () => {
    expect(validatePrivacyForm({ ...settingsToForm(saved), channels: [] })).toEqual({
      channels: 'privacy.settings.errors.noChannel',
    });
    expect(validatePrivacyForm(settingsToForm(saved))).toEqual({});
  });

  it("puts the server's refusal at the field it names", () => {
    const refused = new ApiError(400, 'validation.failed', 'invalid', [
      { path: 'handoverCode.channels', message: 'must allow at least one channel' },
    ]);
    expect(serverFieldErrors(refused)).toEqual({
      fields: { channels: 'privacy.settings.errors.noChannel' },
      isGeneral: false,
    });
    expect(serverFieldErrors(new ApiError(403, 'auth.forbidden', 'no')).isGeneral).toBe(true);
  });
});

describe('change paths', () => {
  it('reads JSON Pointers, escapes included', () => {
    expect(pointerSegments('/options/overrides/a~1b~0c')).toEqual(['options', 'overrides', 'a/b~c']);
  });

  it('names content fields like the editor, ratings by category, sentences and the private flag', () => {
    expect(changeTarget('/content/employment/jobTitle')).toEqual({
      kind: 'field',
      key: 'employment_jobTitle',
    });
    expect(changeTarget('/content/activities/2')).toEqual({ kind: 'field', key: 'activities_#', n: 3 });
    expect(changeTarget('/content/positions/0/from')).toEqual({
      kind: 'field',
      key: 'positions_#_from',
      n: 1,
    });
    expect(changeTarget('/content/ratings/result')).toEqual({ kind: 'rating', category: 'result' });
    expect(changeTarget('/content/ratings/leadership')).toEqual({ kind: 'rating', category: 'leadership' });
    expect(changeTarget('/options/overrides/performance.result')).toEqual({
      kind: 'override',
      sentenceId: 'performance.result',
    });
    expect(changeTarget('/options/variants/closing.thanks')).toEqual({
      kind: 'variant',
      sentenceId: 'closing.thanks',
    });
    expect(changeTarget('/isPrivate')).toEqual({ kind: 'private' });
    expect(changeTarget('/content/employer/address/street')).toEqual({
      kind: 'other',
      segments: ['employer', 'address', 'street'],
    });
    expect(fallbackLabel(['closing', 'items', '0'])).toBe('closing › items › 1');
  });
});

function rebuild(parts: DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((part) => part.type !== skip)
    .map((part) => part.text)
    .join('');
}

describe('wordDiff', () => {
  it('marks the changed words and keeps the rest', () => {
    expect(
      wordDiff(
        'Sie arbeitete stets sorgfältig und zuverlässig.',
        'Sie arbeitete stets sehr sorgfältig und zuverlässig.',
      ),
    ).toEqual([
      { type: 'same', text: 'Sie arbeitete stets ' },
      { type: 'added', text: 'sehr ' },
      { type: 'same', text: 'sorgfältig und zuverlässig.' },
    ]);
    expect(wordDiff('ganz alt', 'völlig neu')).toEqual([
      { type: 'removed', text: 'ganz alt' },
      { type: 'added', text: 'völlig neu' },
    ]);
  });

  it('rebuilds both texts from its parts (property)', () => {
    const word = fc.constantFrom('Sie', 'war', 'stets', 'sehr', 'gut', 'und', 'zuverlässig.', ',');
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '')), { maxLength: 20 })
      .map((pairs) => pairs.map(([w, space]) => w + space).join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(rebuild(parts, 'before')).toBe(before);
        expect(rebuild(parts, 'after')).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('treats only texts of six words or more as long', () => {
    expect(isLongTextChange('eins zwei drei vier fünf sechs', 'eins')).toBe(true);
    expect(isLongTextChange('Disponentin', 'Teamleiterin Disposition')).toBe(false);
    expect(isLongTextChange(1, 2)).toBe(false);
  });
});

describe('buildTimeline', () => {
  const actor = { type: 'user' as const, name: 'Petra Test', userId: 'usr_1' };
  const change = (id: string, changedAt: string, path: string): CertificateChange => ({
    id,
    changedAt,
    actor,
    path,
    before: 'a',
    after: 'b',
  });
  const status = (changedAt: string, to: StatusChange['to']): StatusChange => ({
    from: 'draft',
    to,
    changedBy: 'usr_1',
    changedAt,
    comment: null,
  });

  it('groups one save, orders its fields as in the document, and merges status changes newest first', () => {
    const timeline = buildTimeline(
      [status('2026-06-01T08:00:00.000Z', 'draft'), status('2026-06-03T08:00:00.000Z', 'in_review')],
      [
        change('c3', '2026-06-02T08:00:00.000Z', '/content/activities/10'),
        change('c1', '2026-06-02T08:00:00.000Z', '/content/activities/2'),
        change('c2', '2026-06-02T08:00:00.000Z', '/content/employment/jobTitle'),
      ],
      false,
    );
    expect(timeline.map((entry) => entry.type)).toEqual(['status', 'changes', 'status']);
    const group = timeline[1];
    expect(group?.type === 'changes' ? group.changes.map((entry) => entry.id) : []).toEqual([
      'c2',
      'c1',
      'c3',
    ]);
  });

  it('holds back status changes older than the loaded changes while more are to come', () => {
    const history = [status('2026-06-01T08:00:00.000Z', 'draft')];
    const changes = [change('c1', '2026-06-02T08:00:00.000Z', '/content/place')];
    expect(buildTimeline(history, changes, true).map((entry) => entry.type)).toEqual(['changes']);
    expect(buildTimeline(history, changes, false).map((entry) => entry.type)).toEqual(['changes', 'status']);
  });

  it("compares paths by list position and in the editor's order of fields and ratings", () => {
    expect(comparePaths('/content/activities/2', '/content/activities/10')).toBeLessThan(0);
    expect(comparePaths('/content/ratings/willingness', '/content/ratings/result')).toBeLessThan(0);
    expect(comparePaths('/content/employment/jobTitle', '/content/ratings/result')).toBeLessThan(0);
    expect(comparePaths('/content/place', '/options/overrides/x')).toBeLessThan(0);
  });

  it('reads sentence ids as section and rating category', () => {
    expect(sentenceParts('performance.result')).toEqual({ section: 'performance', category: 'result' });
    expect(sentenceParts('closing.thanks')).toEqual({ section: 'closing', category: null });
    expect(sentenceParts('unknown')).toEqual({ section: null, category: null });
  });
});
