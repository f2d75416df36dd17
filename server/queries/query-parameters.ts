// Request parameters for a saved query: each declared parameter checked against its type and bounds,
// defaults filled in, unknown names refused; every problem names the parameter (400).
import { InputError } from '../http/errors.ts';
import { cypherParameters } from './run-read-query.ts';
import {
  outOfBounds,
  parseScalar,
  parseValue,
  scalarOf,
  type ParameterSpec,
  type SavedQueryHeader,
} from './saved-query-header.ts';

/** From a JSON body: numbers as numbers or text, lists as arrays (or comma-separated text). */
export function parametersFromJson(
  specs: ParameterSpec[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  return resolve(specs, given, (spec, value) => {
    if (spec.type.startsWith('list<') && Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value) {
        const parsed = parseScalar(scalarOf(spec.type), String(item));
        if (!parsed.ok) return parsed;
        items.push(parsed.value);
      }
      const bounds = outOfBounds(spec, items);
      return bounds ? { ok: false, reason: bounds } : { ok: true, value: items };
    }
    if (typeof value === 'object' && value !== null) return { ok: false, reason: 'expected a single value' };
    return parseValue(spec, String(value));
  });
}

/** From a query string (`?from=2025-01-01&imeis=1,2`). */
export function parametersFromQueryString(
  specs: ParameterSpec[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  return resolve(specs, given, (spec, value) =>
    typeof value === 'string' ? parseValue(spec, value) : { ok: false, reason: 'give it once' },
  );
}

function resolve(
  specs: ParameterSpec[],
  given: Record<string, unknown>,
  parse: (
    spec: ParameterSpec,
    value: unknown,
  ) => { ok: true; value: unknown } | { ok: false; reason: string },
): Record<string, unknown> {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(specs.map((spec) => spec.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) problems.push({ field: name, message: 'no such parameter' });
  }
  const values: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = given[spec.name];
    if (value === undefined || value === null || value === '') {
      if (spec.default === undefined) problems.push({ field: spec.name, message: `required (${spec.type})` });
      else values[spec.name] = spec.default;
      continue;
    }
    const parsed = parse(spec, value);
    if (parsed.ok) values[spec.name] = parsed.value;
    else problems.push({ field: spec.name, message: `${parsed.reason} (${spec.type})` });
  }
  if (problems.length > 0) {
    const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    throw new InputError(`Invalid parameters: ${summary}`, { problems });
  }
  return values;
}

/** Declared int parameters travel as Cypher integers (JavaScript numbers would arrive as floats). */
export function cypherValues(
  query: Pick<SavedQueryHeader, 'parameters'>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    query.parameters.map((parameter) => [
      parameter.name,
      parameter.type === 'int' || parameter.type === 'list<int>'
        ? cypherParameters(values[parameter.name])
        : values[parameter.name],
    ]),
  );
}
