/**
 * `newsdesk` command line. Each subcommand lives in src/cli/<name>.ts and exports
 * `run(args): Promise<number>` (the exit code); they are imported lazily so that
 * `newsdesk unspin` never loads discord.js and `newsdesk start` never loads lexicons it does not need.
 */
const commands: Record<
  string,
  { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }
> = {
  unspin: {
    summary: 'unspin [--json] [FILE...]          detect and restore machine-spun text',
    load: () => import('./cli/unspin.ts'),
  },
  brief: {
    summary: 'brief [--json] [--published YYYY-MM-DD] [FILE...]   extract facts from an article',
    load: () => import('./cli/brief.ts'),
  },
  analyze: {
    summary: 'analyze [FILE...]                 full pipeline (unspin + brief) as JSON',
    load: () => import('./cli/analyze.ts'),
  },
  'deploy-commands': {
    summary: 'deploy-commands [--guild ID]     register slash commands with Discord',
    load: () => import('./cli/deploy-commands.ts'),
  },
  start: {
    summary: 'start                              run the bot (sandbox when DISCORD_TOKEN is unset)',
    load: () => import('./cli/start.ts'),
  },
  sandbox: {
    summary: 'sandbox                            local fake Discord with a terminal prompt',
    load: () => import('./cli/sandbox.ts'),
  },
};

function usage(): string {
  return [
    'usage: newsdesk <command> [options]',
    '',
    ...Object.values(commands).map((c) => `  newsdesk ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`newsdesk: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`newsdesk: ${message}`);
    process.exitCode = 1;
  },
);
