import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = join(import.meta.dirname, '../fixtures/tiktok');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}

export function loadDoc(name: string): Document {
  return parseHtml(readFixture(name));
}

export function loadExpect(name: string): { url: string; kind: string } & Record<string, any> {
  return JSON.parse(readFixture(`${name}.expect.json`));
}
