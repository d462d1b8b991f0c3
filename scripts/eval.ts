/**
 * `npm run eval [-- spin|brief]`: scores the reading engines against the annotated fixtures in test/fixtures.
 * Each section lives in scripts/eval/<name>.ts and exports `main(): Promise<void>` that prints its figures.
 */
const sections: Record<string, () => Promise<{ main(): Promise<void> }>> = {
  spin: () => import('./eval/spin.ts'),
  brief: () => import('./eval/brief.ts'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted.length ? wanted : Object.keys(sections)) {
  const load = sections[name];
  if (!load) {
    console.error(`unknown eval section "${name}" (have: ${Object.keys(sections).join(', ')})`);
    process.exit(2);
  }
  console.log(`\n=== eval: ${name} ===`);
  await (await load()).main();
}
