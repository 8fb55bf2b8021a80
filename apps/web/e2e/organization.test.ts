// Companies, their letterhead layout with the live preview, the organisation structure and the account
// page, against the real server and the demo data: creating a company, uploading a logo, watching the
// preview change with the layout (and the request carry the unsaved layout), the warning before
// leaving unsaved changes, saving and reloading; adding, renaming and deleting a location and the
// explanation when one in use is deleted; a read-only user without write buttons; axe everywhere.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeOf,
  countOf,
  createActiveUser,
  expectNoAxeViolations,
  missingPrerequisite,
  pathOf,
  saveScreenshot,
  signInThroughForm,
  signInToApi,
  startStack,
  startTimeoutMs,
  textOf,
  valueOf,
  type ApiSession,
  type E2eStack,
} from './e2e.test-utils.js';

interface Company {
  id: string;
  name: string;
  city: string | null;
  layout: {
    margins: { top: number };
    font: { family: string };
    letterhead: { logo: { src: string } | null };
  } | null;
}
interface Account {
  planMaxUsers: number | null;
  seatsUsed: number;
  contractStatus: string;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A small RGB PNG: a blue bar with a lighter stripe, made by hand (zlib + CRC). */
function logoPng(width = 60, height = 20): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bit, RGB, deflate, no filter, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const light = y > height / 3 && y < (2 * height) / 3;
      rows.set(light ? [120, 170, 230] : [20, 80, 160], row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const newCompany = { name: 'Rheinblick Beratung GmbH', city: 'Bonn' };

describe.skipIf(missingPrerequisite !== null)('the organisation pages (e2e)', () => {
  let stack: E2eStack;
  let page: Page;
  let admin: ApiSession;
  let companyId: string;
  const previewRequests: { layout: Company['layout'] }[] = [];
  const previewAnswers: { status: number; contentType: string; hash: string }[] = [];
  /** Every API answer ≥ 400, so that a failure says which request it was. */
  const failedAnswers: string[] = [];

  const notification = (text: string) => page.getByRole('alert').filter({ hasText: text });
  /** Waits for a notification, then closes it (it would cover the buttons at the bottom right). */
  const expectNotification = async (text: string) => {
    const shown = notification(text);
    await shown.waitFor();
    await shown.getByRole('button', { name: 'Hinweis schließen' }).click();
    await shown.waitFor({ state: 'detached' });
  };
  const previewImage = () => page.getByTestId('layout-preview-image');
  const isPreviewSettled = () => attributeOf(page.getByTestId('layout-preview'), 'aria-busy');

  beforeAll(async () => {
    stack = await startStack({ expectedStatuses: [400, 401, 409, 429], acceptDownloads: true });
    admin = await signInToApi(stack.url, stack.administrator);
    page = await stack.newPage();
    page.on('request', (request: Request) => {
      if (request.url().includes('/layout-preview') && request.url().includes('format=svg'))
        previewRequests.push(request.postDataJSON() as { layout: Company['layout'] });
    });
    page.on('response', (response: Response) => {
      if (response.status() >= 400)
        failedAnswers.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    // The preview answers pass through here, so that their bytes can be compared (Chromium does not
    // keep the bodies of answers the page reads as blobs).
    await page.route('**/layout-preview?format=svg', async (route) => {
      try {
        const response = await route.fetch();
        const body = await response.body();
        previewAnswers.push({
          status: response.status(),
          contentType: response.headers()['content-type'] ?? '',
          hash: sha256(body),
        });
        await route.fulfill({ response, body });
      } catch {
        // The page aborted the request (a newer change came): nothing to pass on.
      }
    });
    await signInThroughForm(page, stack.url, stack.administrator);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  });

  it('lists the demo companies and creates a company from the dialog, then opens it', async () => {
    await page.goto(`${stack.url}/verwaltung`);
    await page.getByTestId('admin-section-companies').click();
    await page.getByRole('heading', { level: 1, name: 'Firmen und Briefbogen' }).waitFor();
    await expect.poll(countOf(page.getByTestId('company-row'))).toBe(2);
    expect(await page.getByTestId('companies-table').innerText()).toContain('Musterfirma Logistik GmbH');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-companies');

    await page.getByRole('button', { name: 'Firma anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Firma anlegen' });
    await dialog.waitFor();
    // Without a name the form says so at the field, before asking the server.
    await dialog.getByRole('button', { name: 'Firma anlegen' }).click();
    await expect.poll(attributeOf(dialog.getByLabel('Name der Firma'), 'aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain('Bitte ausfüllen.');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-company-create');

    await dialog.getByLabel('Name der Firma').fill(newCompany.name);
    await dialog.getByLabel('Postleitzahl').fill('53111');
    await dialog.getByLabel('Ort').fill(newCompany.city);
    await dialog.getByRole('button', { name: 'Firma anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: newCompany.name }).waitFor();
    await expectNotification(`Die Firma ${newCompany.name} ist angelegt.`);
    const created = (await admin.get<{ items: Company[] }>('/api/v1/companies')).items.find(
      (company) => company.name === newCompany.name,
    );
    expect(created).toMatchObject({ city: 'Bonn', layout: null });
    companyId = created!.id;
    expect(pathOf(page)()).toBe(`/verwaltung/firmen/${companyId}`);
  });

  it('shows the live preview of the layout, and passes axe', async () => {
    await expect.poll(attributeOf(previewImage(), 'src')).toMatch(/^blob:/);
    await expect.poll(isPreviewSettled()).toBe('false');
    expect(await previewImage().getAttribute('alt')).toContain(newCompany.name);
    expect(previewAnswers.at(-1)).toMatchObject({ status: 200, contentType: 'image/svg+xml' });
    // The unsaved form is the default layout: that is what the preview was asked to render.
    expect(previewRequests.at(-1)?.layout).toMatchObject({
      margins: { top: 25 },
      font: { family: 'Liberation Sans' },
    });
    await expectNoAxeViolations(page);
  });

  it('checks a chosen logo before sending it, then uploads it and shows it, and the preview redraws', async () => {
    const logoSection = page.getByTestId('asset-logo');
    const choose = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      const chooser = page.waitForEvent('filechooser');
      await logoSection.getByRole('button', { name: /Logo hochladen/ }).click();
      await (await chooser).setFiles(file);
    };
    const uploads: string[] = [];
    const recordUpload = (request: Request) => {
      if (request.url().includes('/assets/logo') && request.method() === 'PUT') uploads.push(request.url());
    };
    page.on('request', recordUpload);

    await choose({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await expect
      .poll(textOf(page.getByTestId('asset-logo-problem')))
      .toBe('Diese Datei passt nicht. Bitte wählen Sie eine Datei im Format PNG, JPEG, SVG.');
    await choose({ name: 'riesig.png', mimeType: 'image/png', buffer: Buffer.alloc(1024 * 1024 + 1, 1) });
    await expect
      .poll(textOf(page.getByTestId('asset-logo-problem')))
      .toBe('Die Datei ist zu groß. Erlaubt sind höchstens 1 MB.');
    expect(uploads).toEqual([]);

    const before = previewRequests.length;
    await choose({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
    await expectNotification('Das Logo ist hochgeladen.');
    expect(uploads).toHaveLength(1);
    await expect.poll(attributeOf(logoSection.getByRole('img'), 'src')).toMatch(/^blob:/);
    expect(await logoSection.getByRole('img').getAttribute('alt')).toBe(
      `Das hinterlegte Logo von ${newCompany.name}`,
    );
    await expect
      .poll(() => logoSection.getByRole('img').evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(60);
    // The logo is part of the layout now, so the preview is asked again, with it.
    await expect.poll(() => previewRequests.length).toBeGreaterThan(before);
    expect(previewRequests.at(-1)?.layout?.letterhead.logo).toMatchObject({ src: 'logo' });
    expect(await page.getByLabel('Breite des Logos (mm)').inputValue()).toBe('40');
    await expect.poll(isPreviewSettled()).toBe('false');
    page.off('request', recordUpload);
    await logoSection.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-company-letterhead');
  });

  it('redraws the preview with the unsaved font and margins, and refuses a margin out of range', async () => {
    await expect.poll(isPreviewSettled()).toBe('false');
    const srcBefore = await previewImage().getAttribute('src');
    const hashBefore = previewAnswers.at(-1)!.hash;
    const requestsBefore = previewRequests.length;

    await page.getByLabel('Schriftart').selectOption({ label: 'Carlito (ähnlich Calibri)' });
    await page.getByLabel('Rand oben (mm)').fill('40');
    await expect.poll(attributeOf(previewImage(), 'src')).not.toBe(srcBefore);
    await expect.poll(isPreviewSettled()).toBe('false');
    // Debounced: the two quick changes make one request (at most one more for the first change).
    expect(previewRequests.length - requestsBefore).toBeLessThanOrEqual(2);
    expect(previewRequests.at(-1)?.layout).toMatchObject({
      margins: { top: 40 },
      font: { family: 'Carlito' },
    });
    expect(previewAnswers.at(-1)?.hash).not.toBe(hashBefore);
    await expect
      .poll(textOf(page.getByRole('tab', { name: /Briefbogen und Layout/ })))
      .toContain('Nicht gespeichert');
    await page.getByTestId('layout-preview').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'organization-company-layout');

    await page.getByLabel('Rand oben (mm)').fill('5');
    const marginField = page.getByLabel('Rand oben (mm)');
    await expect.poll(attributeOf(marginField, 'aria-invalid')).toBe('true');
    await page.getByTestId('preview-stale').waitFor();
    expect(await page.getByTestId('preview-stale').innerText()).toContain(
      'Die Vorschau zeigt den letzten gültigen Stand.',
    );
    expect(await page.getByText('Bitte einen Wert von 10 bis 80 eingeben.').count()).toBe(1);
    await expectNoAxeViolations(page);
    await marginField.fill('41');
    await expect.poll(attributeOf(marginField, 'aria-invalid')).not.toBe('true');
    await expect.poll(() => previewRequests.at(-1)?.layout?.margins.top).toBe(41);
    await expect.poll(isPreviewSettled()).toBe('false');
    // The invalid margin never reached the server; the preview stayed on the last valid layout.
    expect(previewRequests.some((request) => request.layout?.margins.top === 5)).toBe(false);
    await marginField.fill('40');
    await expect.poll(() => previewRequests.at(-1)?.layout?.margins.top).toBe(40);
    await expect.poll(isPreviewSettled()).toBe('false');
  });

  it('warns before leaving with unsaved changes, and stays when asked to', async () => {
    await page
      .getByRole('navigation', { name: 'Sie sind hier' })
      .getByRole('link', { name: 'Firmen und Briefbogen' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Änderungen nicht gespeichert' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-unsaved');
    // The focus is on „Auf der Seite bleiben“: Enter alone loses nothing.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(pathOf(page)()).toBe(`/verwaltung/firmen/${companyId}`);
    expect(await page.getByLabel('Rand oben (mm)').inputValue()).toBe('40');
  });

  it('opens the preview as a PDF download', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vorschau als PDF öffnen' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`Vorschau ${newCompany.name}.pdf`);
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('saves the layout, and shows the saved values after a reload', async () => {
    await page.getByRole('button', { name: 'Layout speichern' }).click();
    await expectNotification(`Das Layout von ${newCompany.name} ist gespeichert.`);
    await expect
      .poll(textOf(page.getByRole('tab', { name: /Briefbogen und Layout/ })))
      .not.toContain('Nicht gespeichert');
    const saved = await admin.get<Company>(`/api/v1/companies/${companyId}`);
    expect(saved.layout).toMatchObject({
      margins: { top: 40 },
      font: { family: 'Carlito' },
      letterhead: { logo: { src: 'logo' } },
    });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: newCompany.name }).waitFor();
    await expect.poll(valueOf(page.getByLabel('Rand oben (mm)'))).toBe('40');
    expect(await page.getByLabel('Schriftart').inputValue()).toBe('Carlito');
    await expect.poll(attributeOf(page.getByTestId('asset-logo').getByRole('img'), 'src')).toMatch(/^blob:/);
    await expect.poll(attributeOf(previewImage(), 'src')).toMatch(/^blob:/);
    await expect.poll(isPreviewSettled()).toBe('false');
    // Nothing unsaved now: leaving asks nothing.
    await page
      .getByRole('navigation', { name: 'Sie sind hier' })
      .getByRole('link', { name: 'Firmen und Briefbogen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Firmen und Briefbogen' }).waitFor();
  });

  it('changes the master data at the tab „Stammdaten“', async () => {
    await page.getByRole('link', { name: newCompany.name }).click();
    await page.getByRole('heading', { level: 1, name: newCompany.name }).waitFor();
    await page.getByRole('tab', { name: 'Stammdaten' }).click();
    await page.getByLabel('Straße und Hausnummer').fill('Rheinallee 3');
    await page.getByLabel('Handelsregister').fill('Amtsgericht Bonn HRB 4711');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Stammdaten speichern' }).click();
    await expectNotification(`Die Stammdaten von ${newCompany.name} sind gespeichert.`);
    expect(await admin.get<Company>(`/api/v1/companies/${companyId}`)).toMatchObject({
      street: 'Rheinallee 3',
      registerInfo: 'Amtsgericht Bonn HRB 4711',
      postalCode: '53111',
    });
    await page.getByRole('tab', { name: /Briefbogen und Layout/ }).click();
  });

  it('removes the logo', async () => {
    const logoSection = page.getByTestId('asset-logo');
    await logoSection.getByRole('button', { name: 'Logo entfernen' }).click();
    await expectNotification('Das Logo ist entfernt.');
    await expect.poll(textOf(page.getByTestId('asset-logo-state'))).toBe('Noch kein Logo hinterlegt.');
    expect((await admin.get<Company>(`/api/v1/companies/${companyId}`)).layout?.letterhead.logo).toBeNull();
  });

  it('explains why a company with employees is not deleted, and deletes one without', async () => {
    await page
      .getByRole('navigation', { name: 'Sie sind hier' })
      .getByRole('link', { name: 'Firmen und Briefbogen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Firmen und Briefbogen' }).waitFor();
    await page.getByRole('button', { name: 'Musterfirma GmbH löschen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Musterfirma GmbH löschen?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Firma löschen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const problem = page.getByTestId('companies-problem');
    await expect
      .poll(textOf(problem))
      .toMatch(
        /^„Musterfirma GmbH“ wird noch von \d+ Mitarbeitern verwendet\. Ordnen Sie sie zuerst einer anderen Firma zu/,
      );
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-company-in-use');
    expect(await countOf(page.getByTestId('company-row'))()).toBe(3);

    await page.getByRole('button', { name: `${newCompany.name} löschen` }).click();
    dialog = page.getByRole('dialog', { name: `${newCompany.name} löschen?` });
    await dialog.getByRole('button', { name: 'Firma löschen' }).click();
    await expectNotification(`Die Firma ${newCompany.name} ist gelöscht.`);
    await expect.poll(countOf(page.getByTestId('company-row'))).toBe(2);
  });

  it('adds, renames and deletes a location; a duplicate name is shown at the field', async () => {
    await page.goto(`${stack.url}/verwaltung/struktur`);
    await page.getByRole('heading', { level: 1, name: 'Organisationsstruktur' }).waitFor();
    const table = page.getByTestId('structure-table-locations');
    await expect.poll(countOf(table.getByTestId('structure-row'))).toBe(3);
    await expectNoAxeViolations(page);

    // The tabs work with the arrow keys.
    await page.getByRole('tab', { name: 'Standorte' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(attributeOf(page.getByRole('tab', { name: 'Abteilungen' }), 'aria-selected'))
      .toBe('true');
    await page.getByTestId('structure-table-departments').waitFor();
    expect(pathOf(page)()).toBe('/verwaltung/struktur?liste=abteilungen');
    await page.keyboard.press('ArrowLeft');
    await table.waitFor();

    const field = page.getByLabel('Neuer Standort');
    await field.fill('köln');
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect.poll(attributeOf(field, 'aria-invalid')).toBe('true');
    expect(await page.getByText('Den Namen „köln“ gibt es in dieser Liste schon.').count()).toBe(1);
    await expectNoAxeViolations(page);

    await field.fill('Düsseldorf');
    await field.press('Enter');
    await expectNotification('„Düsseldorf“ ist hinzugefügt.');
    await expect.poll(countOf(table.getByTestId('structure-row'))).toBe(4);
    await saveScreenshot(page, 'organization-structure');

    await page.getByRole('button', { name: 'Düsseldorf umbenennen' }).click();
    const rename = page.getByRole('dialog', { name: '„Düsseldorf“ umbenennen' });
    await rename.waitFor();
    await rename.getByLabel('Neuer Name').fill('Hamburg');
    await rename.getByRole('button', { name: 'Namen speichern' }).click();
    await expect.poll(attributeOf(rename.getByLabel('Neuer Name'), 'aria-invalid')).toBe('true');
    expect(await rename.innerText()).toContain('Den Namen „Hamburg“ gibt es in dieser Liste schon.');
    await expectNoAxeViolations(page);
    await rename.getByLabel('Neuer Name').fill('Düsseldorf-Hafen');
    await rename.getByRole('button', { name: 'Namen speichern' }).click();
    await rename.waitFor({ state: 'detached' });
    await expectNotification('„Düsseldorf-Hafen“ ist umbenannt.');
    expect(await table.innerText()).toContain('Düsseldorf-Hafen');

    await page.getByRole('button', { name: 'Düsseldorf-Hafen löschen' }).click();
    const confirm = page.getByRole('dialog', { name: '„Düsseldorf-Hafen“ löschen?' });
    await confirm.waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Eintrag löschen' }).click();
    await expectNotification('„Düsseldorf-Hafen“ ist gelöscht.');
    await expect.poll(countOf(table.getByTestId('structure-row'))).toBe(3);
    const locations = await admin.get<{ items: { name: string }[] }>('/api/v1/locations');
    expect(locations.items.map((item) => item.name).sort()).toEqual(['Hamburg', 'Köln', 'München']);
  });

  it('explains why a location that employees use is not deleted', async () => {
    await page.getByRole('button', { name: 'Köln löschen' }).click();
    const confirm = page.getByRole('dialog', { name: '„Köln“ löschen?' });
    await confirm.getByRole('button', { name: 'Eintrag löschen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect
      .poll(textOf(page.getByTestId('structure-problem')))
      .toMatch(/^„Köln“ wird noch von \d+ Mitarbeitern verwendet\. Ordnen Sie sie zuerst anders zu/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-structure-in-use');
    expect(await countOf(page.getByTestId('structure-table-locations').getByTestId('structure-row'))()).toBe(
      3,
    );
  });

  it('shows the plan, the seats taken and the contract status on the account page', async () => {
    await page.goto(`${stack.url}/verwaltung/konto`);
    await page.getByRole('heading', { level: 1, name: 'Konto' }).waitFor();
    const account = await admin.get<Account>('/api/v1/organization');
    const plan = page.getByTestId('account-plan');
    await plan.waitFor();
    expect(await plan.innerText()).toContain(
      account.planMaxUsers === null
        ? 'Ohne Begrenzung der Benutzerzahl'
        : `Bis zu ${account.planMaxUsers} Benutzer`,
    );
    const users = await page.getByTestId('account-users').innerText();
    expect(users).toContain(
      account.planMaxUsers === null
        ? `${account.seatsUsed} Pl`
        : `${account.seatsUsed} von ${account.planMaxUsers} Plätzen belegt`,
    );
    if (account.planMaxUsers !== null)
      expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(
        String(Math.round((account.seatsUsed / account.planMaxUsers) * 100)),
      );
    expect(account.contractStatus).toBe('active');
    expect(await page.getByTestId('contract-status').innerText()).toBe('Aktiv');
    expect(await page.getByTestId('account-contract').innerText()).toContain('Ihr Vertrag läuft.');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'organization-account');
  });

  it('shows a read-only user everything without the buttons that change it', async () => {
    const role = await admin.post<{ id: string }>('/api/v1/roles', {
      name: 'Firmen ansehen',
      permissions: { companies: 'read' },
    });
    const reader = await createActiveUser(
      stack.url,
      admin,
      { email: 'lea.berg@musterfirma.example', firstName: 'Lea', lastName: 'Berg', roleId: role.id },
      'Lesesaal-Fenster-2026!',
    );
    const readerPage = await stack.newPage();
    await signInThroughForm(readerPage, stack.url, reader);

    await readerPage.goto(`${stack.url}/verwaltung/firmen`);
    await readerPage.getByRole('heading', { level: 1, name: 'Firmen und Briefbogen' }).waitFor();
    await expect.poll(countOf(readerPage.getByTestId('company-row'))).toBe(2);
    await readerPage.getByTestId('read-only-note').waitFor();
    expect(await readerPage.getByRole('button', { name: 'Firma anlegen' }).count()).toBe(0);
    expect(await readerPage.getByRole('button', { name: /löschen$/ }).count()).toBe(0);
    await expectNoAxeViolations(readerPage);

    await readerPage.getByRole('link', { name: 'Musterfirma GmbH', exact: true }).click();
    await readerPage.getByRole('heading', { level: 1, name: 'Musterfirma GmbH' }).waitFor();
    await expect.poll(attributeOf(readerPage.getByTestId('layout-preview-image'), 'src')).toMatch(/^blob:/);
    expect(await readerPage.getByLabel('Rand oben (mm)').isDisabled()).toBe(true);
    for (const name of [
      'Layout speichern',
      'Standard wiederherstellen',
      'Logo hochladen',
      'Briefbogen hochladen',
    ])
      expect(await readerPage.getByRole('button', { name }).count(), name).toBe(0);
    // Reading includes the PDF preview.
    expect(await readerPage.getByRole('button', { name: 'Vorschau als PDF öffnen' }).isEnabled()).toBe(true);
    await expectNoAxeViolations(readerPage);
    await saveScreenshot(readerPage, 'organization-company-read-only');

    await readerPage.goto(`${stack.url}/verwaltung/struktur`);
    await readerPage.getByRole('heading', { level: 1, name: 'Organisationsstruktur' }).waitFor();
    await expect.poll(countOf(readerPage.getByTestId('structure-row'))).toBe(3);
    expect(await readerPage.getByRole('button', { name: 'Hinzufügen' }).count()).toBe(0);
    expect(await readerPage.getByRole('button', { name: /umbenennen$|löschen$/ }).count()).toBe(0);
    await expectNoAxeViolations(readerPage);
    await readerPage.context().close();
  });

  it('lays out the company page at tablet width', async () => {
    const tablet = await stack.newPage({ width: 768, height: 1024 });
    await signInThroughForm(tablet, stack.url, stack.administrator);
    await tablet.goto(`${stack.url}/verwaltung/firmen`);
    await tablet.getByRole('link', { name: 'Musterfirma Logistik GmbH' }).click();
    await tablet.getByRole('heading', { level: 1, name: 'Musterfirma Logistik GmbH' }).waitFor();
    await expect.poll(attributeOf(tablet.getByTestId('layout-preview-image'), 'src')).toMatch(/^blob:/);
    await expect
      .poll(() => tablet.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(768);
    await expectNoAxeViolations(tablet);
    await saveScreenshot(tablet, 'organization-company-tablet');
    await tablet.context().close();
  });

  it('logged no browser errors', () => {
    expect(stack.browserErrors, failedAnswers.join('\n')).toEqual([]);
  });
});
