/** zod reports a missing field as a type error; editors need to hear that it is missing. */
export const requiredOr =
  (message: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : message
