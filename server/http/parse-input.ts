// Request bodies and query strings become typed values here, once, or a 400 naming each bad field.
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
