// Resolvers for the printed cooperation schema over the in-memory graph, attached to the schema that buildSchema
// made from graph-schema/schema.graphql. They implement the service's semantics for the fields the load run
// selects: node, search, partners (over the exported cooperation model), neighborhood, the common entity fields,
// placement, relations, sources, edges.
import { graphql } from './peers.mjs';
import { steps } from './graph-data.mjs';
import { search } from './search.mjs';
import { neighbourhood } from './traversals.mjs';
import { partnerSearch } from './cooperation.mjs';

const { GraphQLError, GraphQLObjectType, GraphQLInterfaceType, GraphQLEnumType, getNamedType } = graphql;

const DEFAULT_RELATION_LIMIT = 100;
const MAX_RELATION_LIMIT = 10_000;
const COMMON_FIELDS = new Set(['id', 'name', 'nameEn', 'aliases', 'label', 'labels', 'description', 'sources', 'relations', 'placement']);

/** `GreaterBayArea`, `state-owned`, `Implemented` as GraphQL enum values: the service's naming rule. */
export function enumValue(modelValue) {
  let name = '';
  for (let i = 0; i < modelValue.length; i++) {
    const c = modelValue[i];
    if (/\p{Lu}/u.test(c) && i > 0 && /\p{Ll}/u.test(modelValue[i - 1])) {
      name += '_';
    }
    name += /[\p{L}\p{Nd}]/u.test(c) ? c.toUpperCase() : '_';
  }
  return /^\p{Nd}/u.test(name) ? '_' + name : name;
}

const userInputError = (message) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function inRange(name, value, low, high) {
  if (value < low || value > high) {
    throw userInputError(`${name} must lie between ${low} and ${high} (got ${value}).`);
  }
  return value;
}

const typeSet = (types) => (types == null || types.length === 0 ? null : new Set(types));

const relationViews = (node, direction, types, first) =>
  [...takeSteps(node, direction, types, inRange('first', first ?? DEFAULT_RELATION_LIMIT, 1, MAX_RELATION_LIMIT))]
    .map(({ relationship, other }) => ({ relationship, otherId: other, outgoing: relationship.from === node.id }));

function* takeSteps(node, direction, types, limit) {
  let taken = 0;
  for (const step of steps(node, direction, types)) {
    if (taken++ === limit) {
      return;
    }
    yield step;
  }
}

const BLOCS = { Guangxi: 'GUANGXI', GreaterBayArea: 'GREATER_BAY_AREA', Other: 'OTHER' };
const blocValue = (bloc) => (bloc == null ? null : enumValue(bloc));

/** Sources in first-seen order, each once (the service's record equality: document, section, quote). */
function distinctSources(sources) {
  const seen = new Set();
  return sources.filter((source) => {
    const key = `${source.doc}\u0000${source.section}\u0000${source.quote}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const statedDate = (date) => (date == null ? null : { ...date, precision: enumValue(date.precision) });

export function attachResolvers(schema, graph) {
  const node = (id) => graph.nodes.get(id) ?? null;
  const resolve = (typeName, fieldName, resolver) => {
    const field = schema.getType(typeName)?.getFields()[fieldName];
    if (field !== undefined) {
      field.resolve = resolver;
    }
  };

  resolve('Query', 'node', (_, { id }) => node(id));
  resolve('Query', 'search', (_, { text, first, label }) => {
    if (text.trim().length === 0) {
      throw userInputError('search needs a non-empty text.');
    }
    return search(graph, text, label ?? null, inRange('first', first ?? 10, 1, 1000));
  });
  resolve('Query', 'neighborhood', (_, { id, hops, types, limit }) =>
    neighbourhood(graph, id, inRange('hops', hops ?? 1, 1, 6), typeSet(types), inRange('limit', limit ?? 200, 1, 5000)));
  resolve('Query', 'partners', (_, args) => {
    const depth = inRange('depth', args.depth ?? 1, 1, 4);
    const first = inRange('first', args.first ?? 100, 1, 1000);
    if (!graph.nodes.has(args.of)) {
      throw userInputError(`No entity has the id '${args.of}'.`);
    }
    // The load run asks with the default statuses, the ones the exported model holds.
    const wanted = args.bloc == null ? null : Object.keys(BLOCS).find((bloc) => BLOCS[bloc] === args.bloc);
    return partnerSearch(graph, graph.cooperation, args.of, wanted, depth, first);
  });
  resolve('Partnership', 'partner', (p) => node(p.partner));
  resolve('Partnership', 'local', (p) => node(p.local));
  resolve('Partnership', 'artefact', (p) => (p.artefact == null ? null : node(p.artefact)));
  resolve('Partnership', 'status', (p) => enumValue(p.status));
  resolve('Partnership', 'bloc', (p) => blocValue(graph.cooperation.placements[p.partner]?.bloc));
  resolve('Partnership', 'relationshipTypes', (p) => [...new Set(p.via.map((r) => r.type))]);
  resolve('Partnership', 'evidence', (p) => distinctSources(p.via.flatMap((r) => r.sources)));
  resolve('Placement', 'city', (placement) => (placement.city == null ? null : node(placement.city)));
  resolve('Placement', 'province', (placement) => (placement.province == null ? null : node(placement.province)));
  resolve('Placement', 'bloc', (placement) => blocValue(placement.bloc));
  resolve('Placement', 'path', (placement) => placement.path.map((id) => graph.relationships.get(id)));

  // A Relation is an entity's relation (a view) or, in edges, paths, partnerships and placements, a relationship read from its start.
  const view = (source) => (source.relationship === undefined ? { relationship: source, otherId: source.to, outgoing: true } : source);
  resolve('Relation', 'id', (source) => view(source).relationship.id);
  resolve('Relation', 'type', (source) => view(source).relationship.type);
  resolve('Relation', 'direction', (source) => (view(source).outgoing ? 'OUT' : 'IN'));
  resolve('Relation', 'other', (source) => node(view(source).otherId));
  resolve('Relation', 'start', (source) => node(view(source).relationship.from));
  resolve('Relation', 'end', (source) => node(view(source).relationship.to));
  resolve('Relation', 'from', (source) => view(source).relationship.from);
  resolve('Relation', 'to', (source) => view(source).relationship.to);
  resolve('Relation', 'role', (source) => view(source).relationship.role);
  resolve('Relation', 'date', (source) => statedDate(view(source).relationship.date));
  resolve('Relation', 'amount', (source) => view(source).relationship.amount);
  resolve('Relation', 'status', (source) => enumValue(view(source).relationship.status));
  resolve('Relation', 'sources', (source) => view(source).relationship.sources);
  resolve('Source', 'document', (source) => node(source.doc));
  resolve('Source', 'quote', (source) => source.quote ?? '');

  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLInterfaceType && (['Node', 'Entity'].includes(type.name) || type.getInterfaces().some((i) => i.name === 'Entity'))) {
      type.resolveType = (value) => value.label;
    } else if (type instanceof GraphQLObjectType && type.getInterfaces().some((i) => i.name === 'Entity')) {
      attachEntityResolvers(type, graph);
    }
  }
}

function attachEntityResolvers(type, graph) {
  const fields = type.getFields();
  fields.relations.resolve = (entity, { first, types, direction }) => relationViews(entity, direction ?? 'BOTH', typeSet(types), first);
  fields.placement.resolve = (entity) => graph.cooperation.placements[entity.id];
  for (const field of Object.values(fields)) {
    const typed = /^`([A-Z_]+)` relationships (to|from) other entities/.exec(field.description ?? '');
    if (typed !== null) {
      const types = new Set([typed[1]]);
      const direction = typed[2] === 'to' ? 'OUT' : 'IN';
      field.resolve = (entity, { first }) => relationViews(entity, direction, types, first);
    } else if (!COMMON_FIELDS.has(field.name) && field.args.length === 0) {
      const named = getNamedType(field.type);
      const convert = named instanceof GraphQLEnumType ? enumValue : named.name === 'StatedDate' ? statedDate : (value) => value;
      field.resolve = (entity) => {
        const value = entity.properties[field.name];
        return value == null ? null : convert(value);
      };
    }
  }
  if (type.name === 'Document') {
    fields.title.resolve = (document) => document.name;
    fields.text.resolve = (document) => graph.documentTexts[document.id] ?? null;
  }
  if (type.name === 'Region') {
    fields.parent.resolve = (region) => regionsAlong(graph, region, 'OUT')[0] ?? null;
    fields.children.resolve = (region) => regionsAlong(graph, region, 'IN');
  }
}

const regionsAlong = (graph, region, direction) =>
  [...takeSteps(region, direction, new Set(['PART_OF']), DEFAULT_RELATION_LIMIT)]
    .map((step) => graph.nodes.get(step.other))
    .filter((other) => other !== undefined && other.label === 'Region');
