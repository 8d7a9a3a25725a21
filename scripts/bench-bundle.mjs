// How `npm run bench` and `npm run bench:data` bundle the bench sources (they import the app's TypeScript core):
// one set of esbuild options, so both run the same kind of bundle.
export const benchBundle = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  external: ['electron'],
  logLevel: 'warning',
  sourcemap: true,
};
