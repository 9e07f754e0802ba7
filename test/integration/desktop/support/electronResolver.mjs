/** Resolves `electron` to the stand-in module, so the built main bundle runs under Node. */
const FAKE = new URL('./fakeElectron.mjs', import.meta.url).href;

export function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  return nextResolve(specifier, context);
}
