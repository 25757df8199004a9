import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { funnelJsonSchema, funnelJsonSchemaText, SCHEMA_ID } from '$lib/model/json-schema';
import { serializeDocument } from '$lib/model/io';
import { DIST_TYPES, KPI_NAMES, STAGE_PRESETS } from '$lib/model/schema';
import { b2bPipeline } from '../../fixtures/make-fixtures';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; $defs?: Record<string, JsonSchema> };

const committed = () => readFileSync(new URL('../../../public/funnel.schema.json', import.meta.url), 'utf8');

describe('public/funnel.schema.json', () => {
  it('is up to date with the zod schema', () => {
    expect(committed(), 'public/funnel.schema.json is stale: run `npm run schema` and commit the result').toBe(funnelJsonSchemaText());
  });

  it('states the format, version and required top-level keys, with defaults optional', () => {
    const s = funnelJsonSchema() as JsonSchema;
    expect(s.$id).toBe(SCHEMA_ID);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.properties!.format).toMatchObject({ const: 'funnel-lab' });
    expect(s.properties!.version).toMatchObject({ const: 1 });
    expect(s.required).toEqual(['format', 'version', 'nodes', 'edges']);
    const defs = s.$defs!;
    expect(defs.StageNode.required).toEqual(['id', 'label', 'position', 'kind']);
    expect(defs.SourceNode.required).toEqual(['id', 'label', 'position', 'kind', 'channel', 'volume']);
    expect(defs.Edge.required).toEqual(['id', 'source', 'target', 'rate']);
    expect((defs.StageNode.properties!.preset as JsonSchema).enum).toEqual([...STAGE_PRESETS]);
    expect((defs.Target.properties!.metric as JsonSchema).enum).toEqual([...KPI_NAMES]);
    const distTypes = ((defs.Dist.oneOf ?? defs.Dist.anyOf) as JsonSchema[]).map((o) => {
      const ref = o.$ref as string | undefined;
      const target = ref ? defs[ref.replace('#/$defs/', '')] : o;
      return (target.properties!.type as JsonSchema).const;
    });
    expect(distTypes).toEqual([...DIST_TYPES]);
  });

  it('accepts exported files (checked with a JSON Schema validator when one is available)', async () => {
    const exported = JSON.parse(serializeDocument(b2bPipeline()));
    // ajv is not a dependency of the project; when some tool brings it along, use it for a full check.
    const name = 'ajv';
    const Ajv = await import(/* @vite-ignore */ name).then((m) => m.default ?? m, () => null);
    if (!Ajv) {
      // Without a validator: every required key of the document and of each node kind is present.
      const s = funnelJsonSchema() as JsonSchema;
      for (const key of s.required!) expect(exported).toHaveProperty(key);
      return;
    }
    const { $schema: _ignored, ...schema } = funnelJsonSchema();
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(exported);
    broken.nodes[0].kind = 'widget';
    expect(validate(broken)).toBe(false);
  });
});
