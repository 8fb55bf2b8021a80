// Every section at every grant level, on read and write, enforced by the server (H2, issue #8 §4):
// read shows exactly the section's paths, none leaves them out of the JSON altogether (absent, not null),
// write accepts a change of them, read and none refuse it with nothing saved.
import {
  certificateInputSchema,
  handoverSectionPaths,
  handoverSections,
  type HandoverSection,
} from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import { createApiTestServer } from '../../app/api/api.test-utils.js';
import { describeEachDatabase } from '../../app/database/database.test-utils.js';
import { exampleContent } from '../certificates/certificates.test-utils.js';
import { createExampleCertificate, createHandover, recipient } from './handovers.test-utils.js';

const example = certificateInputSchema.parse(exampleContent());

/** A valid change of each section (the composed result's section changes the options). */
const changes: Record<HandoverSection, { content?: Record<string, unknown>; options?: object }> = {
  'data.personal': { content: { employee: { ...example.employee, birthPlace: 'Düsseldorf' } } },
  'data.company': { content: { employer: { ...example.employer, description: 'ein Familienunternehmen' } } },
  'data.certificate': { content: { place: 'Bonn', employment: { jobTitle: 'Leiterin Disposition' } } },
  'data.further': { content: { closing: { regret: true, thanks: true, wishes: true } } },
  'data.signatures': { content: { signatures: [{ name: 'Eva Berg', function: 'Leiterin Personal' }] } },
  'career.positions': { content: { positions: [] } },
  'career.activities': { content: { activities: ['Planung der Nahverkehrstouren'] } },
  'career.additionalActivities': { content: { additionalActivities: [] } },
  'career.trainings': { content: { trainings: [{ title: 'Staplerschein', year: 2020 }] } },
  'career.powersOfAttorney': { content: { employment: { powerOfAttorney: 'handlungsvollmacht' } } },
  'rating.ratings': { content: { ratings: { ...example.ratings, knowledge: 1 }, overallGrade: 1 } },
  'rating.qualifications': { content: { qualifications: ['Englisch verhandlungssicher'] } },
  'rating.achievements': { content: { achievements: [] } },
  result: { options: { variants: {}, overrides: { 'closing.thanks': 'Wir danken ihr herzlich.' } } },
};

/** The value at a dotted path, or undefined when absent. */
function valueAt(source: unknown, path: string): unknown {
  let current = source;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Every covered path present in `content`, e.g. ['employee', 'employment.jobTitle', …]. */
function presentPaths(content: unknown): string[] {
  return handoverSections.flatMap((section) =>
    handoverSectionPaths[section].filter((path) => valueAt(content, path) !== undefined),
  );
}

function grantsWith(section: HandoverSection, level: 'none' | 'read' | 'write', others: 'none' | 'read') {
  return Object.fromEntries(
    handoverSections.map((candidate) => [candidate, candidate === section ? level : others]),
  );
}

describeEachDatabase('handover grants', ({ openDatabase }) => {
  describe.each(handoverSections)('section %s', (section) => {
    it('read shows exactly its paths, none hides them, write saves them, read and none refuse writing', async () => {
      const server = await createApiTestServer({ db: (await openDatabase()).db });
      const certificate = await createExampleCertificate(server);
      const stored = (await server.send({ url: `/api/v1/certificates/${certificate.id}` })).body as {
        content: unknown;
        options: unknown;
        revision: number;
      };
      const open = async (grants: Record<string, string>, email: string) => {
        const created = await createHandover(server, certificate.id, {
          grants,
          recipient: { name: 'R', email },
        });
        const person = recipient(server);
        expect((await person.open(created.id, created.secret)).status).toBe(200);
        return person;
      };
      const ownPaths = handoverSectionPaths[section].filter(
        (path) => valueAt(stored.content, path) !== undefined,
      );

      // Read: exactly this section's paths, with the stored values; nothing else.
      const reader = await open(grantsWith(section, 'read', 'none'), 'read@example.de');
      const read = (await reader.view()).body as {
        content: unknown;
        options?: unknown;
        document: unknown;
        issues: unknown[];
      };
      expect(presentPaths(read.content).sort()).toEqual([...ownPaths].sort());
      for (const path of ownPaths) expect(valueAt(read.content, path)).toEqual(valueAt(stored.content, path));
      expect('options' in read).toBe(false);
      if (section === 'result') {
        expect(read.content).toEqual({});
        expect(read.document).toMatchObject({ title: expect.any(String) });
      } else {
        expect(read.document).toBeNull();
        expect(read.issues).toEqual([]);
      }

      // None (everything else readable, the result hidden): the paths are absent from the JSON.
      const hidden = await open(
        section === 'result'
          ? grantsWith(section, 'none', 'read')
          : { ...grantsWith(section, 'none', 'read'), result: 'none' },
        'none@example.de',
      );
      const response = await hidden.view();
      const without = response.body as { content: unknown; document: unknown };
      for (const path of handoverSectionPaths[section])
        expect(valueAt(without.content, path), path).toBeUndefined();
      // Not even the value travels: the employee's birth place (only in personal data) is not sent.
      if (section === 'data.personal') expect(JSON.stringify(response.body)).not.toContain('Bonn');
      if (section === 'result') expect(without.document).toBeNull();

      // Read and none refuse writing this section; nothing is saved.
      for (const person of [reader, hidden]) {
        const refused = await person.save({ revision: stored.revision, ...changes[section] });
        expect(refused).toMatchObject({
          status: 403,
          body: { error: { code: 'handover.section_not_granted' } },
        });
        expect((refused.body as { error: { message: string } }).error.message).toContain(section);
      }
      const unchanged = (await server.send({ url: `/api/v1/certificates/${certificate.id}` })).body as {
        revision: number;
      };
      expect(unchanged.revision).toBe(stored.revision);

      // Write: the change is saved, and only it.
      const writer = await open(grantsWith(section, 'write', 'none'), 'write@example.de');
      const view = (await writer.view()).body as { options?: unknown };
      expect('options' in view).toBe(section === 'result');
      const saved = await writer.save({ revision: stored.revision, ...changes[section] });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      const after = (await server.send({ url: `/api/v1/certificates/${certificate.id}` })).body as {
        content: unknown;
        options: unknown;
        revision: number;
      };
      expect(after.revision).toBe(stored.revision + 1);
      const change = changes[section];
      if (change.options) expect(after.options).toEqual(change.options);
      else expect(after.options).toEqual(stored.options);
      for (const path of presentPaths(after.content)) {
        if (handoverSectionPaths[section].some((own) => path === own)) continue;
        expect(valueAt(after.content, path), path).toEqual(valueAt(stored.content, path));
      }
      for (const [key, value] of Object.entries(change.content ?? {})) {
        if (key === 'employment') {
          for (const [field, fieldValue] of Object.entries(value as object)) {
            expect(valueAt(after.content, `employment.${field}`)).toEqual(fieldValue);
          }
        } else {
          expect(valueAt(after.content, key)).toEqual(value);
        }
      }
    });
  });

  it('refuses a mixed change whole when one path is not write-granted', async () => {
    const server = await createApiTestServer({ db: (await openDatabase()).db });
    const certificate = await createExampleCertificate(server);
    const created = await createHandover(server, certificate.id, {
      grants: { ...grantsWith('career.activities', 'write', 'read') },
    });
    const person = recipient(server);
    await person.open(created.id, created.secret);
    const refused = await person.save({
      revision: certificate.revision,
      content: { activities: ['Neu'], employment: { jobTitle: 'Chefin' } },
    });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'handover.section_not_granted' } } });
    expect((refused.body as { error: { message: string } }).error.message).toContain('employment.jobTitle');
    const after = (await server.send({ url: `/api/v1/certificates/${certificate.id}` })).body as {
      content: { activities: string[] };
    };
    expect(after.content.activities).toEqual(example.activities);
  });
});

describe('handover grant paths', () => {
  it('cover every field of the certificate input', () => {
    const covered = handoverSections.flatMap((section) => handoverSectionPaths[section]);
    for (const key of Object.keys(example)) {
      expect(
        covered.some((path) => path === key || path.startsWith(`${key}.`)),
        key,
      ).toBe(true);
    }
  });
});
