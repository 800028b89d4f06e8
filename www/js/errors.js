// What a caught error says, for a message to people: anything can be thrown, not only an Error.

/**
 * The message of `e`, or `e` itself as text when it is not an Error.
 * @param {unknown} e
 */
export const messageOf = (e) => (e instanceof Error ? e.message : String(e));
