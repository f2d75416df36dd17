import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';

describe('readConfig', () => {
  it('starts a local Neo4j on 7687 with data in .data/neo4j when NEO4J_URI is unset', () => {
    const config = readConfig({});
    expect(config.external).toBeUndefined();
    expect(config.port).toBe(8080);
    expect(config.local).toMatchObject({ dataDir: '.data/neo4j', port: 7687 });
  });

  it('uses the named server and credentials when NEO4J_URI is set', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'ringside',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'fraud',
    });
    expect(config.external).toEqual({
      uri: 'neo4j://db.example:7687',
      user: 'ringside',
      password: 'secret',
      database: 'fraud',
    });
  });

  it('loads demo data with the local database, never into an external one unless RINGSIDE_DEMO=1', () => {
    expect(readConfig({}).demo).toBe(true);
    expect(readConfig({ RINGSIDE_DEMO: '0' }).demo).toBe(false);
    expect(readConfig({ NEO4J_URI: 'bolt://db.example:7687' }).demo).toBe(false);
    expect(readConfig({ NEO4J_URI: 'bolt://db.example:7687', RINGSIDE_DEMO: '1' }).demo).toBe(true);
    expect(() => readConfig({ RINGSIDE_DEMO: 'yes' })).toThrow(/RINGSIDE_DEMO/);
  });

  it('rejects a port that is not a number, naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('makes a first admin only with RINGSIDE_ADMIN_PASSWORD, named by RINGSIDE_ADMIN_USER or admin', () => {
    expect(readConfig({}).firstAdmin).toBeUndefined();
    expect(readConfig({ RINGSIDE_ADMIN_PASSWORD: '' }).firstAdmin).toBeUndefined();
    expect(readConfig({ RINGSIDE_ADMIN_PASSWORD: 'long enough password' }).firstAdmin).toEqual({
      username: 'admin',
      password: 'long enough password',
    });
    expect(
      readConfig({ RINGSIDE_ADMIN_PASSWORD: 'long enough password', RINGSIDE_ADMIN_USER: 'ops.lead' })
        .firstAdmin?.username,
    ).toBe('ops.lead');
    expect(() => readConfig({ RINGSIDE_ADMIN_USER: 'Not A Name' })).toThrow(/RINGSIDE_ADMIN_USER/);
  });

  it('refuses a first admin password shorter than any password may be, without repeating it', () => {
    expect(() => readConfig({ RINGSIDE_ADMIN_PASSWORD: 'short' })).toThrow(
      /RINGSIDE_ADMIN_PASSWORD: at least 10 characters/,
    );
    expect(() => readConfig({ RINGSIDE_ADMIN_PASSWORD: 'short' })).not.toThrow(/short\b/);
  });
});
