import { describe, expect, it } from 'vitest';
import { de } from './de/translation';
import { en } from './en/translation';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

function lookup(resource: unknown, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], resource) as string;
}

describe('the locales', () => {
  it('have the same keys in German and English', () => {
    expect(keys(en)).toEqual(keys(de));
  });

  it('use the same placeholders in both languages, and no text is empty', () => {
    for (const key of keys(de)) {
      expect(lookup(de, key), key).not.toBe('');
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(de, key)));
    }
  });
});
