// How a value that fails its zod schema is described to the user, the same everywhere:
// "field.path: reason", and `unknown key "field.path"` for a key the schema does not allow.
import type { z } from 'zod';

/** One line per problem. */
export function describeZodIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `unknown key "${[...issue.path, key].join('.')}"`);
    return [`${issue.path.length ? issue.path.join('.') : 'value'}: ${issue.message}`];
  });
}

/** All problems on one line: "field: reason; field: reason". */
export function describeZodError(error: z.ZodError): string {
  return describeZodIssues(error).join('; ');
}
