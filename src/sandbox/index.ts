/** The sandbox: the fake Discord and the terminal prompt built on it. */
export * from './fake/index.ts';
export { parseCommandLine, SandboxInputError } from './parse.ts';
export { renderMessage } from './render.ts';
export { runSandbox, type SandboxOptions } from './repl.ts';
