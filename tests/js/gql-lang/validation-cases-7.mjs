// MaxIntrospectionDepth: graphql-js 16's recommended rule, part of its specifiedRules; see validation-cases-1.mjs.
import { getIntrospectionQuery } from 'graphql';

// A chain of fragments where each spreads the next twice: 2^levels paths, none of them deep.
const diamond = (levels) => {
  const parts = ['{ __schema { types { ...F0 } } }'];
  for (let i = 0; i < levels; i++) parts.push(`fragment F${i} on __Type { name ...F${i + 1} ... on __Type { ...F${i + 1} } }`);
  parts.push(`fragment F${levels} on __Type { kind }`);
  return parts.join('\n');
};

export default {
  MaxIntrospectionDepth: [
    ['the full introspection query is within the limit', getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true })],
    ['two nested list fields are allowed', `
      { __schema { types { fields { type { fields { name } } } } } }
    `],
    ['fields nested three deep', `
      { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
    `],
    ['interfaces nested three deep', `
      { __type(name: "Dog") { interfaces { interfaces { interfaces { name } } } } }
    `],
    ['possibleTypes nested three deep', `
      { __type(name: "Pet") { possibleTypes { possibleTypes { possibleTypes { name } } } } }
    `],
    ['inputFields nested three deep', `
      { __type(name: "ComplexInput") { inputFields { type { inputFields { type { inputFields { name } } } } } } }
    `],
    ['mixed list fields two deep are allowed', `
      { __schema { types { interfaces { possibleTypes { name } fields { name } } } } }
    `],
    ['mixed list fields count together', `
      { __schema { types { interfaces { possibleTypes { fields { name } } } } } }
    `],
    ['depth counted through fragments', `
      { __schema { types { ...Level1 } } }
      fragment Level1 on __Type { fields { type { ...Level2 } } }
      fragment Level2 on __Type { fields { type { fields { name } } } }
    `],
    ['depth counted through inline fragments', `
      { __schema { types { ... on __Type { fields { type { ... { fields { type { fields { name } } } } } } } } } }
    `],
    ['a fragment spread twice at a shallow depth is fine', `
      { __schema { types { ...TypeName fields { type { ...TypeName } } } } }
      fragment TypeName on __Type { name kind }
    `],
    ['a fragment deep enough only at the second spread', `
      { __schema { types { ...Fields fields { type { ...Fields } } } } }
      fragment Fields on __Type { name fields { type { fields { name } } } }
    `],
    // graphql-js 16.15 walks a fragment again when it is reached deeper than before, so a cycle through a list field
    // nests until too deep; a cycle that stays at one depth ends the walk quietly (NoFragmentCycles reports both).
    ['a fragment cycle through a list field nests until too deep', `
      { __schema { types { ...Cycle } } }
      fragment Cycle on __Type { fields { type { ...Cycle } } }
    `],
    ['a fragment cycle through two fragments and list fields nests until too deep', `
      { __type(name: "Dog") { ...A } }
      fragment A on __Type { fields { type { ...B } } }
      fragment B on __Type { interfaces { ...A } }
    `],
    ['a fragment cycle at one depth ends the walk without an error of this rule', `
      { __type(name: "Dog") { ...Cycle } }
      fragment Cycle on __Type { ofType { ...Cycle } }
    `],
    ['an unknown fragment counts as shallow', `
      { __schema { types { fields { type { ...Missing } } } } }
    `],
    ['each introspection root field reports on its own', `
      {
        a: __type(name: "Dog") { fields { type { fields { type { fields { name } } } } } }
        b: __type(name: "Cat") { name }
        c: __schema { types { interfaces { interfaces { interfaces { name } } } } }
      }
    `],
    ['list field names outside introspection are not counted', `
      { dog { name } human { pets { name } relatives { relatives { relatives { name } } } } }
    `],
    ['introspection inside a fragment on the query type', `
      { ...Intro }
      fragment Intro on QueryRoot { __schema { types { fields { type { interfaces { possibleTypes { name } } } } } } }
    `],
    ['a wide diamond of fragments is walked without blowing up', diamond(16)],
  ],
};
