// Request bodies and query strings become typed values here, once, or a 400 naming each bad field.
import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { InputError } from './errors.ts';

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: string,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || where,
    message: issue.message,
  }));
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new InputError(`Invalid ${where}: ${summary}`, { problems });
}

/**
 * The deepest nesting of arrays and objects in a JSON value, and whether a key is `__proto__` (which
 * code that copies objects by assignment would take as the prototype), counted without recursion.
 */
export function jsonShape(value: unknown): { depth: number; hasProtoKey: boolean } {
  let depth = 0;
  let hasProtoKey = false;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [item, level] = pending.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    depth = Math.max(depth, level);
    if (!Array.isArray(item) && Object.hasOwn(item, '__proto__')) hasProtoKey = true;
    for (const child of Object.values(item)) pending.push([child, level + 1]);
  }
  return { depth, hasProtoKey };
}

export const MAX_BODY_DEPTH = 32;

/**
 * Refuses request bodies nested deeper than any Ringside request needs (before code recurses into them)
 * and keys named `__proto__`.
 */
export const boundedBodyDepth: RequestHandler = (request, _response, next) => {
  const { depth, hasProtoKey } = jsonShape(request.body);
  if (hasProtoKey) return next(new InputError('The request body has a key named __proto__.'));
  if (depth > MAX_BODY_DEPTH) {
    return next(
      new InputError(`The request body is nested ${depth} levels deep; at most ${MAX_BODY_DEPTH}.`, {
        depth,
      }),
    );
  }
  next();
};
