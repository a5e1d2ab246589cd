import type * as z from 'zod/mini';

/** The parts of a zod schema's definition that Parley's schema walkers read. */
export interface _ZodDef {
  type: string;
  checks?: z.core.$ZodCheck[];
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
  catchall?: z.core.$ZodType;
}

/** A schema's definition: zod's documented `_zod.def`, typed for what the walkers read. */
export const _defOf = (schema: z.core.$ZodType): _ZodDef =>
  (schema as unknown as { _zod: { def: _ZodDef } })._zod.def;
