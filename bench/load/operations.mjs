// The operations of the load run, with their variables: what a planner's browser and a dashboard send, after a
// baseline that resolves nothing and so measures the HTTP and GraphQL pipeline alone.
import { graphql } from './peers.mjs';

export const operations = [
  {
    name: 'baseline',
    title: 'baseline: `{ __typename }` (HTTP and GraphQL pipeline only)',
    query: '{ __typename }',
    variables: {},
  },
  {
    name: 'lookup',
    title: 'lookup by id (entity, sources, 20 relations)',
    query: `query Lookup($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      name nameEn label aliases
      sources { section quote document { id title } }
      relations(first: 20) { id type direction status other { id name label } }
    }
  }
}`,
    variables: { id: 'lab:subtropical-agri-bioresources' },
  },
  {
    name: 'search',
    title: 'search (Chinese substring, ranked, 10 hits)',
    query: `query Search($text: String!) {
  search(text: $text, first: 10) { id name nameEn label aliases }
}`,
    variables: { text: '广西' },
  },
  {
    name: 'partners',
    title: 'partner network, depth 2',
    query: `query Partners($of: ID!) {
  partners(of: $of, depth: 2) {
    distance bloc
    partner { id name label }
    via { id type from to }
  }
}`,
    variables: { of: 'org:gx-dost' },
  },
  {
    name: 'city-partners',
    title: 'city partners: Wuzhou in the Greater Bay Area, with evidence',
    query: `query CityPartners($of: ID!) {
  partners(of: $of, bloc: GREATER_BAY_AREA) {
    distance bloc kind status
    local { id name }
    partner { id name placement { city { id name } province { id name } } }
    artefact { id name }
    evidence { section quote }
  }
}`,
    variables: { of: 'region:wuzhou' },
  },
  {
    name: 'neighborhood',
    title: 'neighbourhood, 2 hops (≤200 nodes)',
    query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, hops: 2, limit: 200) {
    truncated
    nodes { id name label }
    edges { id type from to status }
  }
}`,
    variables: { id: 'region:wuzhou' },
  },
  {
    name: 'introspection',
    title: 'full introspection query',
    query: graphql.getIntrospectionQuery(),
    variables: {},
  },
];

/** The POST body of an operation, as both servers receive it. */
export const body = (operation) => JSON.stringify({ query: operation.query, variables: operation.variables });
