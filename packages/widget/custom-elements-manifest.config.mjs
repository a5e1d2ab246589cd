// custom-elements.json, read by editors and by the Storybook args table, from the class JSDoc.
export default {
  globs: ['src/parley-timeline.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also guesses an event from `dispatchEvent(new ParleyErrorEvent(issues))`,
      // naming it after the argument; only the documented `parley-*` events are real.
      name: 'parley-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? [])
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name?.startsWith('parley-'));
      },
    },
  ],
};
