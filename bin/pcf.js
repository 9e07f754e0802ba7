#!/usr/bin/env node
// The pcf command runs the TypeScript sources directly, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/bin.ts');
