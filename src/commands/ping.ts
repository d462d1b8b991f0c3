/** /ping: gateway latency, round trip, and the store backend with its health. */
import { ApplicationCommandType, MessageFlags } from 'discord.js';
import type { Command } from '../bot/types.ts';
import { safeEdit } from '../render/safe.ts';

function ms(n: number): string {
  return `${Math.round(n)} ms`;
}

export const ping: Command = {
  data: {
    name: 'ping',
    description: 'Check that newsdesk is alive: latency and storage health',
    type: ApplicationCommandType.ChatInput,
  },
  help: {
    example: '/ping',
    details: 'Shows the gateway latency, the reply round trip and whether storage answers.',
  },
  async execute(interaction, ctx) {
    const received = Date.now();
    const health = ctx.store.health().catch((err: unknown) => ({
      ok: false,
      latencyMs: Number.NaN,
      error: err instanceof Error ? err.message : String(err),
    }));
    // Round trip: from sending our acknowledgement until Discord has confirmed it.
    const t0 = performance.now();
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const replyMs = performance.now() - t0;
    const h = await health;
    const gateway = interaction.client.ws.ping;
    // Discord stamps every interaction id with its creation time; its age is meaningful only with a sane clock.
    const age = received - interaction.createdTimestamp;
    const lines = [
      '**Pong.**',
      `Gateway heartbeat: ${gateway >= 0 ? ms(gateway) : 'not measured yet (first heartbeat pending)'}`,
      `Reply round trip: ${ms(replyMs)}`,
    ];
    if (age >= 0 && age < 60_000) lines.push(`Interaction reached me after: ${ms(age)}`);
    lines.push(
      h.ok
        ? `Storage (${ctx.store.backend}): healthy, ${ms(h.latencyMs)}`
        : `Storage (${ctx.store.backend}): **unavailable** — ${h.error ?? 'no answer'}`,
    );
    await interaction.editReply(safeEdit(lines.join('\n')));
  },
};
