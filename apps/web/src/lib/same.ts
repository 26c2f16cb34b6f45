/** Whether two plain values (forms, lists) have the same content. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
