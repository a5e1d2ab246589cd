// `node --import ./forbid.mjs …` with PARLEY_FORBID=yaml,papaparse fails any import of those
// packages, to prove a command never loads them (see forbid-hook.mjs).
import { register } from 'node:module';

register('./forbid-hook.mjs', import.meta.url, {
  data: { packages: (process.env.PARLEY_FORBID ?? '').split(',').filter(Boolean) },
});
