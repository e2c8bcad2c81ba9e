/** Plain JSON values as JSON.parse makes them. */

export type JsonObject = { [key: string]: unknown };

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value: 'string', 'number', 'boolean', 'null', 'array' or 'object'. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether `object` has `key` as its own property (JSON.parse makes even `__proto__` one). */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
