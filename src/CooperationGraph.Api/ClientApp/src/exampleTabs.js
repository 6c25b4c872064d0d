// The cooperation schema is not served yet: these tabs are placeholders that show the shape of the
// questions the graph answers, and are replaced by real operations once the schema lands.
export const exampleTabs = [
  {
    query: `# Placeholder: the cooperation schema is coming.
# Which Greater Bay Area partners cooperate with a Guangxi institution?
query PartnersOfInstitution {
  __typename
}
`,
  },
  {
    query: `# Placeholder: the cooperation schema is coming.
# Which reply letter states a given cooperation, sentence by sentence?
query ProvenanceOfCooperation {
  __typename
}
`,
  },
  {
    query: `# Placeholder: the cooperation schema is coming.
# Introspection works against any GraphQL endpoint.
query SchemaTypes {
  __schema {
    types {
      name
      kind
    }
  }
}
`,
  },
];
