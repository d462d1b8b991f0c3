const name = process.argv[2];
const mod = (await import(`./${name}.ts`)) as { main(): Promise<void> };
await mod.main();
