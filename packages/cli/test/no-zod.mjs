// `node --import ./no-zod.mjs …` registers no-zod-hook.mjs before the program starts.
import { register } from 'node:module';

register('./no-zod-hook.mjs', import.meta.url);
