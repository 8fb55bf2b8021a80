// The employees API under load (target, issue #5: p99 ≤ 20 ms at 50 connections), against a bare
// Fastify route measured in the same run. The database is the real one: encrypted SQLite in a temporary
// DATA_DIR with 100 organisations × 1,000 employees (and one certificate per employee); the lists run
// for the development organisation, one of the hundred. The server runs in a child process (the app via
// startApplication, plus a bare Fastify instance on another port); autocannon loads it from here.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const organizations = 100;
const employeesPerOrganization = 1000;
const connections = 50;
const durationSeconds = 10;
const developmentOrganizationId = 'org_00000000000000000000000dev';

const dist = (path) => new URL(`../apps/server/dist/${path}`, import.meta.url).href;
const { loadConfig, startApplication } = await import(dist('index.js'));

function configFor(dataDir, keyHex) {
  return loadConfig({
    env: { DATA_DIR: dataDir, DATABASE_KEY: keyHex, PORT: '0', LOG_LEVEL: 'silent', SEED_DEMO: 'false' },
    cwd: dataDir,
  });
}

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else await main();

/** The child: the real application, and the bare baseline route, each on its own loopback port. */
async function serve(dataDir, keyHex) {
  const { default: Fastify } = await import('fastify');
  const app = await startApplication({ config: configFor(dataDir, keyHex) });
  const bare = Fastify({ logger: false });
  bare.get('/bench/baseline', async () => ({ items: [], nextCursor: null }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  // Plain HTTP on loopback, like the app itself.
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url
  process.send?.({ appUrl: app.url, bareUrl: `http://127.0.0.1:${bare.server.address().port}` });
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await Promise.all([app.close(), bare.close()]);
    process.exit(0);
  });
}

async function main() {
  const { default: autocannon } = await import('autocannon');
  const dataDir = mkdtempSync(join(tmpdir(), 'zd-api-bench-'));
  const keyHex = randomBytes(32).toString('hex');
  try {
    // Create, migrate (and make the development organisation), then fill it behind the app's back.
    const setup = await startApplication({ config: configFor(dataDir, keyHex) });
    const administrator = setup.firstStart.administrator;
    await setup.close();
    if (!administrator) throw new Error('the first start created no administrator');
    const started = performance.now();
    const filled = await fill(join(dataDir, 'zeugnisdesk.db'), keyHex);
    const fillSeconds = (performance.now() - started) / 1000;
    console.log(
      `filled ${filled.employees.toLocaleString('en-US')} employees and ` +
        `${filled.certificates.toLocaleString('en-US')} certificates in ${organizations} organisations ` +
        `in ${fillSeconds.toFixed(1)} s${filled.note ? ` (${filled.note})` : ''}`,
    );

    const child = fork(new URL(import.meta.url).pathname, ['--serve', dataDir, keyHex], { stdio: 'inherit' });
    const { appUrl, bareUrl } = await new Promise((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    });
    process.on('exit', () => child.kill());
    const rssIdle = readRss(child.pid);
    // Every API route needs a session: sign in once, as the web app would, and send its cookie.
    const headers = await signIn(appUrl, administrator);

    const targets = [
      ['baseline (bare Fastify)', `${bareUrl}/bench/baseline`],
      ['page (limit=50)', `${appUrl}/api/v1/employees?limit=50`],
      ['search (mül)', `${appUrl}/api/v1/employees?search=${encodeURIComponent('mül')}`],
      [
        'filtered (department, active)',
        `${appUrl}/api/v1/employees?departmentId=${filled.departmentId}&status=active&limit=50`,
      ],
    ];
    for (const [, url] of targets) {
      const response = await fetch(url, { headers: url.includes('/api/') ? headers : {} });
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      const body = await response.json();
      if (url.includes('/api/') && !(body.items.length > 0)) throw new Error(`${url} found nothing`);
    }

    let rssLoad = rssIdle;
    const sampler = setInterval(() => (rssLoad = Math.max(rssLoad, readRss(child.pid))), 200);
    const results = [];
    for (const [name, url] of targets) {
      const requestHeaders = url.includes('/api/') ? headers : {};
      await run(autocannon, url, 2, requestHeaders); // warm-up
      results.push({ name, ...(await run(autocannon, url, durationSeconds, requestHeaders)) });
    }
    clearInterval(sampler);
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));

    const baseline = results[0];
    console.log(`\n${connections} connections, ${durationSeconds} s each (after a 2 s warm-up)`);
    console.log(
      'endpoint                        p50 ms  p97.5 ms  p99 ms     req/s  ratio to baseline (req/s)',
    );
    for (const result of results) {
      console.log(
        `${result.name.padEnd(30)} ${String(result.p50).padStart(6)} ${String(result.p975).padStart(9)} ` +
          `${String(result.p99).padStart(7)} ${Math.round(result.rps).toLocaleString('en-US').padStart(9)}  ` +
          `${(result.rps / baseline.rps).toFixed(3)}`,
      );
    }
    const worst = Math.max(...results.slice(1).map((result) => result.p99));
    console.log(
      `RSS of the server: ${mb(rssIdle)} MB idle, ${mb(rssLoad)} MB at most under load` +
        `\ntarget p99 ≤ 20 ms at ${connections} connections: ${worst <= 20 ? 'met' : 'MISSED'} (worst ${worst} ms)`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** POST /api/v1/auth/login; returns the session cookie and the CSRF header. */
async function signIn(appUrl, { email, password }) {
  const response = await fetch(`${appUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.json();
  if (body.status !== 'signed_in') throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': body.csrfToken };
}

async function run(autocannon, url, duration, headers = {}) {
  const result = await autocannon({ url, connections, duration, headers });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return {
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    rps: result.requests.average,
  };
}

function readRss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

function mb(bytes) {
  return Math.round(bytes / 1024 / 1024);
}

/** 100 organisations (the development one first) × 1,000 employees, in one transaction per organisation. */
async function fill(path, keyHex) {
  const { openEncryptedSqlite } = await import(dist('app/database/sqlite.js'));
  const { createId } = await import(dist('app/ids.js'));
  const { toEmployeeNameKey } = await import(dist('modules/employees/employees.models.js'));
  const example = readFileSync(
    new URL('../examples/certificate-input.example.json', import.meta.url),
    'utf8',
  );
  const database = openEncryptedSqlite({ path, keyHex });
  const at = '2026-11-27T08:00:00.000Z';
  const insertOrganization = database.prepare(
    'insert into organizations (id, name, created_at) values (?, ?, ?) on conflict (id) do nothing',
  );
  const insertCompany = database.prepare(
    'insert into companies (id, organization_id, name, city, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  const insertItem = Object.fromEntries(
    ['locations', 'departments', 'org_units', 'employee_types'].map((table) => [
      table,
      database.prepare(
        `insert into ${table} (id, organization_id, name, name_key, created_at) values (?, ?, ?, ?, ?)`,
      ),
    ]),
  );
  const insertEmployee = database.prepare(
    `insert into employees (id, organization_id, gender, first_name, last_name, name_key, birth_date,
       company_id, location_id, department_id, org_unit_id, employee_type_id, entry_date, exit_date,
       job_title, job_profile, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let insertCertificate = null;
  let note = '';
  try {
    insertCertificate = database.prepare(
      `insert into certificates (id, organization_id, employee_id, company_id, kind, form, status, is_private,
         name_key, content_json, options_json, created_by, created_at, updated_at, revision)
       values (?, ?, ?, ?, ?, 'qualified', ?, 0, ?, ?, '{}', null, ?, ?, 1)`,
    );
  } catch (error) {
    note = `no certificates: ${error.message}`;
  }
  const statuses = ['draft', 'in_review', 'reviewed', 'approved', 'issued', 'archived'];
  const dimensionNames = {
    locations: ['Köln', 'Hamburg', 'München', 'Berlin'],
    departments: ['Vertrieb', 'IT', 'Finanzen', 'Personal', 'Logistik', 'Einkauf', 'Produktion', 'Service'],
    org_units: ['Nord', 'Süd', 'West'],
    employee_types: ['Angestellte', 'Auszubildende', 'Aushilfen'],
  };
  const firstNames = {
    female: ['Anna', 'Julia', 'Sabine', 'Laura', 'Katharina', 'Sandra', 'Elif', 'Mia', 'Nicole', 'Petra'],
    male: ['Thomas', 'Jan', 'Markus', 'Lukas', 'Stefan', 'Florian', 'Dennis', 'Michael', 'Mehmet', 'Jonas'],
    diverse: ['Alex', 'Kim', 'Robin', 'Sascha'],
  };
  const lastNames = [
    'Müller',
    'Schmidt',
    'Schneider',
    'Fischer',
    'Weber',
    'Meyer',
    'Wagner',
    'Becker',
    'Schulz',
    'Hoffmann',
    'Schäfer',
    'Koch',
    'Bauer',
    'Richter',
    'Klein',
    'Wolf',
    'Schröder',
    'Neumann',
    'Schwarz',
    'Zimmermann',
    'Braun',
    'Krüger',
    'Hofmann',
    'Hartmann',
    'Lange',
    'Schmitt',
    'Werner',
    'Krause',
    'Meier',
    'Lehmann',
    'Mühlenbeck',
    'Yılmaz',
    'Kaya',
    'Petrović',
    'Nowak',
    'Schulze',
    'Maier',
    'Köhler',
    'Herrmann',
    'König',
  ];
  const genders = ['female', 'male', 'female', 'male', 'diverse'];
  let employees = 0;
  let certificates = 0;
  let departmentId = '';
  for (let org = 0; org < organizations; org++) {
    database.transaction(() => {
      const organizationId = org === 0 ? developmentOrganizationId : createId('org');
      insertOrganization.run(organizationId, org === 0 ? 'Musterfirma GmbH' : `Firma ${org} GmbH`, at);
      const companyId = createId('cmp');
      insertCompany.run(companyId, organizationId, `Firma ${org} GmbH`, 'Köln', at, at);
      const ids = {};
      for (const [table, names] of Object.entries(dimensionNames)) {
        const prefix = { locations: 'loc', departments: 'dep', org_units: 'unt', employee_types: 'ety' }[
          table
        ];
        ids[table] = names.map((name) => {
          const id = createId(prefix);
          insertItem[table].run(id, organizationId, name, name.toLocaleLowerCase('de-DE'), at);
          return id;
        });
      }
      if (org === 0) departmentId = ids.departments[0];
      for (let index = 0; index < employeesPerOrganization; index++) {
        const gender = genders[index % genders.length];
        const firstName = firstNames[gender][(index * 7 + org) % firstNames[gender].length];
        const lastName = lastNames[(index * 13 + org * 3) % lastNames.length];
        const id = createId('emp');
        const entryYear = 1995 + (index % 30);
        const exitDate = index % 4 === 1 ? `${Math.min(entryYear + 3, 2027)}-06-30` : null;
        insertEmployee.run(
          id,
          organizationId,
          gender,
          firstName,
          lastName,
          toEmployeeNameKey({ firstName, lastName }),
          `${1960 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
          companyId,
          ids.locations[index % 4],
          ids.departments[index % 8],
          ids.org_units[index % 3],
          ids.employee_types[index % 3],
          `${entryYear}-04-01`,
          exitDate,
          'Sachbearbeitung',
          'sachbearbeiter',
          at,
          at,
        );
        employees++;
        if (insertCertificate) {
          const content = example.replace('"Schmidt"', JSON.stringify(lastName));
          insertCertificate.run(
            createId('crt'),
            organizationId,
            id,
            companyId,
            exitDate ? 'final' : 'interim',
            statuses[index % statuses.length],
            toEmployeeNameKey({ firstName, lastName }),
            content,
            at,
            at,
          );
          certificates++;
        }
      }
    })();
  }
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
  return { employees, certificates, departmentId, note };
}
