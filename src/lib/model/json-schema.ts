/**
 * The published JSON Schema of the file format, generated from the zod schema (single source of
 * truth). Used by `scripts/write-schema.ts` and by the staleness test.
 */
import { z } from 'zod';
import * as S from './schema';

export const SCHEMA_ID = `https://funnel-lab.app/funnel.schema.v${S.CURRENT_VERSION}.json`;

/** Names for the shared parts, so `$defs` reads `Dist`, `StageNode`, … instead of `__schema12`. */
function names(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [S.FixedDist, 'FixedDist'], [S.UniformDist, 'UniformDist'], [S.TriangularDist, 'TriangularDist'],
    [S.PertDist, 'PertDist'], [S.NormalDist, 'NormalDist'], [S.LognormalDist, 'LognormalDist'], [S.BetaDist, 'BetaDist'],
    [S.DistShape, 'Dist'], [S.RateDist, 'RateDist'], [S.CountDist, 'CountDist'], [S.MoneyDist, 'MoneyDist'], [S.DelayDist, 'DelayDist'],
    [S.ContentItem, 'ContentItem'], [S.Capacity, 'Capacity'], [S.Recurring, 'Recurring'],
    [S.SourceNode, 'SourceNode'], [S.StageNode, 'StageNode'], [S.OutcomeNode, 'OutcomeNode'], [S.NoteNode, 'NoteNode'],
    [S.PhaseBandNode, 'PhaseBandNode'], [S.Node, 'Node'], [S.Edge, 'Edge'], [S.Override, 'Override'], [S.Scenario, 'Scenario'],
    [S.Target, 'Target'], [S.Meta, 'Meta'], [S.Settings, 'Settings'], [S.Id, 'Id'],
  ];
  for (const [schema, id] of named) registry.add(schema, { id });
  return registry;
}

export function funnelJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(S.FunnelDocument, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: names(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: `Funnel Lab design (format version ${S.CURRENT_VERSION})`,
    description:
      'A marketing/sales funnel for Funnel Lab: nodes (sources, stages, outcomes, notes, phase bands), edges with conversion rates, scenarios and targets. Uncertain numbers are distributions; rates are fractions (0.05 = 5 %). Parameter order (low ≤ mode ≤ high), unique ids and edge endpoints are checked on import.',
    ...rest,
  };
}

/** The schema as written to public/funnel.schema.json: 2-space JSON with a trailing newline. */
export function funnelJsonSchemaText(): string {
  return `${JSON.stringify(funnelJsonSchema(), null, 2)}\n`;
}
