// The tabs are the example queries of the repository's README, read by build.mjs when the bundle is built, so the
// page a new user opens and the README they follow never disagree.
/* global __README_EXAMPLES__ */
export const exampleTabs = __README_EXAMPLES__.map((query) => ({ query }));
