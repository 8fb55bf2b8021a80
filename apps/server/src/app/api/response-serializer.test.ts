import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler } from './response-serializer.js';

const compile = (schema: z.ZodType) =>
  responseSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('the response serialiser', () => {
  // Threat (ASVS 8.2.3): a column added to a row — a password hash, a secret — leaks through a route
  // that passes the row on.
  it('sends only the fields the schema declares, also inside arrays and referenced schemas', () => {
    const user = z
      .object({ id: z.string(), email: z.string(), lastLoginAt: z.string().nullable() })
      .meta({ id: 'UserTest' });
    const page = z.object({ items: z.array(user), nextCursor: z.string().nullable() });
    const json = compile(page)({
      items: [
        {
          id: 'usr_1',
          email: 'a@b.example',
          lastLoginAt: null,
          password_hash: '$argon2id$…',
          totp_secret: 'JBSW',
        },
      ],
      nextCursor: null,
      debug: { sql: 'select *' },
    });
    expect(JSON.parse(json)).toEqual({
      items: [{ id: 'usr_1', email: 'a@b.example', lastLoginAt: null }],
      nextCursor: null,
    });
  });

  it('writes unions, records, enums and escapes strings like JSON.stringify', () => {
    const schema = z.object({
      status: z.enum(['signed_in']),
      permissions: z.record(z.string(), z.enum(['none', 'read', 'write'])),
      scope: z.union([
        z.object({ all: z.literal(true) }),
        z.object({ all: z.literal(false), companyIds: z.array(z.string()) }),
      ]),
      name: z.string(),
    });
    const value = {
      status: 'signed_in',
      permissions: { employees: 'write', users: 'none' },
      scope: { all: false, companyIds: ['cmp_1'] },
      name: 'Jörg „Sepp“ Müller\n<script>\u2028',
    };
    expect(JSON.parse(compile(schema)(value))).toEqual(value);
  });
});
