import { describe, expect, it } from 'vitest';
import type { GraphDatabase, Params, WriteTransaction } from '../../server/db/graph-database.js';
import { ConflictError } from '../../server/errors.js';
import { confirmAttendanceImport } from '../../server/imports/import.service.js';

/**
 * A confirmation that meets a concurrent import's node at a unique constraint (CONFLICT) plans again and
 * writes once more; the real concurrent case is in import-refusals.test.ts. Here the database is a stand-in
 * that fails the first transaction, to show the second one runs and its result is returned.
 */
describe('confirming after a conflict', () => {
  it('runs the import once more and returns what the second attempt wrote', async () => {
    let attempts = 0;
    const tx: WriteTransaction = {
      actor: 'test',
      requestId: undefined,
      run: async (name: string, params: Params = {}) => {
        if (name === 'imports/candidates') {
          return [{ people: [], organisations: [], participantIds: [], event: { id: 'e1', entityType: 'Event', date: '2024-01-01', nameEn: 'E' } }];
        }
        const rows = (params.rows as { id?: string; key?: string }[]) ?? [];
        if (attempts === 1 && name === 'imports/create-people') throw new ConflictError('A Person with id … already exists');
        return [{ written: rows.length, created: rows.map((row) => row.id ?? row.key) }];
      },
    };
    const db = { write: async <T>(work: (t: WriteTransaction) => Promise<T>) => { attempts += 1; return work(tx); } } as unknown as GraphDatabase;
    const file = Buffer.from('ФИО,Пол\nАсанов Бакыт,м\n').toString('base64');
    const result = await confirmAttendanceImport(db, { eventId: 'e1', file, fileName: 'a.csv' } as never);
    expect(attempts).toBe(2);
    expect(result.summary).toMatchObject({ rows: 1, create: 1, newPeople: 1, newParticipations: 1 });
    expect(result.createdPersonIds).toEqual(['person-asanov-bakyt-477892db26']);
  });

  it('reports any other error at once', async () => {
    let attempts = 0;
    const db = { write: async () => { attempts += 1; throw new Error('boom'); } } as unknown as GraphDatabase;
    const file = Buffer.from('ФИО,Пол\nАсанов Бакыт,м\n').toString('base64');
    await expect(confirmAttendanceImport(db, { eventId: 'e1', file, fileName: 'a.csv' } as never)).rejects.toThrow('boom');
    expect(attempts).toBe(1);
  });
});
