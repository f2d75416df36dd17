import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  UnauthenticatedError,
} from '../../server/http/errors.ts';
import { toErrorResponse } from '../../server/http/error-handler.ts';

const noLog = () => {};

describe('toErrorResponse', () => {
  it.each([
    [new InputError('limit must be at most 500', { field: 'limit' }), 400, 'BAD_INPUT'],
    [new UnauthenticatedError(), 401, 'UNAUTHENTICATED'],
    [new ForbiddenError(), 403, 'FORBIDDEN'],
    [new NotFoundError('No handset 490154203237518.'), 404, 'NOT_FOUND'],
    [new ConflictError('Request br-1 was already approved.'), 409, 'CONFLICT'],
  ])('maps %s to its status and code', (error, status, code) => {
    const response = toErrorResponse(error, noLog);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ code, message: error.message });
  });

  it('keeps the details of an input error for the client', () => {
    const response = toErrorResponse(new InputError('bad', { field: 'imeis[2]' }), noLog);
    expect(response.body.error.details).toEqual({ field: 'imeis[2]' });
  });

  it('turns a lost database connection into 503 DB_UNAVAILABLE', () => {
    const lost = new Neo4jError('Connection refused', 'ServiceUnavailable', 'N/A', 'N/A');
    expect(toErrorResponse(lost, noLog)).toMatchObject({
      status: 503,
      body: { error: { code: 'DB_UNAVAILABLE' } },
    });
  });

  it('turns exhausted transaction memory into 503 DB_OUT_OF_MEMORY with advice', () => {
    const exhausted = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 2.8 GiB.',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '50N42',
      'N/A',
    );
    const response = toErrorResponse(exhausted, noLog);
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('DB_OUT_OF_MEMORY');
    expect(response.body.error.message).toContain('split it');
  });

  it('answers an unexpected error with 500 and a request id, leaking neither message nor stack', () => {
    const logged: string[] = [];
    const response = toErrorResponse(
      new TypeError("Cannot read properties of undefined (reading 'imei')"),
      (id) => logged.push(id),
    );
    expect(response.status).toBe(500);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('imei');
    expect(text).not.toContain('TypeError');
    expect(response.body.error.details).toEqual({ requestId: logged[0] });
  });
});
