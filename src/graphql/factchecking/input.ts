/** Checks of arguments that the schema's types alone cannot express, as BAD_USER_INPUT errors. */
import { GraphQLError } from "graphql";

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

export function checkLimit(limit: number, max = 100): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) throw badInput(`limit must be between 1 and ${max}, not ${limit}`);
  return limit;
}

export function checkText(name: string, value: string, maxLength = 1000): string {
  if (value.trim() === "") throw badInput(`${name} must not be empty`);
  if (value.length > maxLength) throw badInput(`${name} is ${value.length} characters long; the limit is ${maxLength}`);
  return value;
}
