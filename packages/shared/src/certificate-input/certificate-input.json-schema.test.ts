import { describe, expect, it } from 'vitest';
import { certificateKinds, genders } from './certificate-input.enums.js';
import { certificateInputJsonSchema } from './certificate-input.json-schema.js';
import { certificateInputObjectSchema } from './certificate-input.schema.js';

type ObjectSchema = {
  properties: Record<string, ObjectSchema & { enum?: string[] }>;
  required?: string[];
  additionalProperties?: unknown;
};

describe('the JSON Schema of the certificate input', () => {
  const schema = certificateInputJsonSchema() as unknown as ObjectSchema & { $schema: string; $id: string };

  it('is a draft 2020-12 schema with an id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/certificate-input\.schema\.json$/);
  });

  it('has exactly the fields of the zod contract, and refuses others', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(certificateInputObjectSchema.shape).sort(),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.employee?.additionalProperties).toBe(false);
  });

  it('requires what a caller must give and leaves defaulted fields optional', () => {
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'kind',
        'issueDate',
        'place',
        'employer',
        'employee',
        'employment',
        'signatures',
      ]),
    );
    expect(schema.required).not.toContain('form');
    expect(schema.required).not.toContain('ratings');
  });

  it('carries the enumerations of the contract', () => {
    expect(schema.properties.kind?.enum).toEqual([...certificateKinds]);
    expect(schema.properties.employee?.properties.gender?.enum).toEqual([...genders]);
  });
});
