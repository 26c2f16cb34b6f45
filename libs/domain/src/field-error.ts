/** One invalid field of a request, with every rule it broke. */
export interface FieldError {
  field: string;
  messages: string[];
}
