import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POSTGRESQL_SCHEMA, postgresqlSchema } from '@/scripts/lib/provider-schema';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('schemas per engine (npm run db:schemas)', () => {
  it('checks in the PostgreSQL schema the command writes from prisma/schema.prisma', () => {
    expect(read(POSTGRESQL_SCHEMA)).toBe(postgresqlSchema(read('prisma/schema.prisma')));
  });

  it('changes only the generator and the datasource', () => {
    const sqlite = read('prisma/schema.prisma');
    const models = (schema: string) => schema.slice(schema.indexOf('/// A document facts are taken from'));
    const generated = postgresqlSchema(sqlite);
    expect(models(generated)).toBe(models(sqlite));
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).toContain('output     = "../../node_modules/.prisma/client-postgresql"');
    expect(generated).not.toContain('sqlite');
  });

  it('refuses a native type, which only one engine would have', () => {
    const withNative = read('prisma/schema.prisma').replace('title           String ', 'title String @db.Text ');
    expect(() => postgresqlSchema(withNative)).toThrow(
      'prisma/schema.prisma uses a native type, which only one engine has: title String @db.Text',
    );
  });
});
