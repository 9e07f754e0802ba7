import { register } from 'node:module';

register('./electronResolver.mjs', import.meta.url);
