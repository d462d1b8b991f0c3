/** A string with the characters that mean something in a regular expression escaped, to match it as written. */
export const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
