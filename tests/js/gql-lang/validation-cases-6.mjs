// Documents checked with every specified rule at once; see validation-cases-1.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = (name) =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'CooperationGraph.GraphQL.Tests', 'Language', 'Corpus', name), 'utf8');

export default {
  SpecifiedRules: [
    ['valid operations of the fuzz corpus', corpus('harness-operations.graphql')],
    ['invalid operation of the fuzz corpus', corpus('harness-invalid.graphql')],
    ['the query kitchen sink against the harness', corpus('kitchen-sink-query.graphql')],
    ['the schema kitchen sink is not executable', corpus('kitchen-sink-schema.graphql')],
    ['errors from many rules come in walk order', `
      query Q($unused: Int, $cmd: DogCommand, $cmd: Int) {
        dog @onQuery @onField @onField {
          doesKnowCommand(dogCommand: $cmd, dogCommand: SIT)
          name(surname: "yes")
          name
          barkVolume { deeper }
          ...CatFields
        }
        complicatedArgs {
          multipleReqs(req1: $undefined)
          complexArgField(complexArg: { intField: 1.5, intField: 2, unknown: null })
        }
      }
      query Q { cat { ...Cycle } }
      fragment CatFields on Cat { meows }
      fragment Cycle on Cat { ...Cycle }
      subscription { importantEmails spamEmails }
      { dog { name } }
    `],
    // graphql-js 16.15 validates without visiting descriptions: a variable's description is no value of its type.
    ['a variable description is not a value of the variable type', `
      query Q("The dog's volume" $volume: Int = 3, """A command""" $command: DogCommand) {
        dog { doesKnowCommand(dogCommand: $command) isAtLocation(x: $volume) }
      }
    `],
    // graphql-js 16.15 collects an operation's fragments breadth first, so errors about variables of nested
    // fragments come in that order.
    ['variables of nested fragments are reported breadth first', `
      query Q($x: String, $y: String) { ...A ...B }
      fragment A on QueryRoot { ...C }
      fragment B on QueryRoot { ...D }
      fragment C on QueryRoot { dog { isAtLocation(x: $x, y: $c) } }
      fragment D on QueryRoot { cat { name(surname: $y) nickname @include(if: $d) } }
    `],
    // graphql-js 16.15 charges fragment walks to a budget of 50,000 items and gives up past it.
    ['fragments that fan out past the fragment work budget abort validation', [
      'query Q { ...F0 }',
      ...Array.from({ length: 72 }, (_, i) => `fragment F${i} on QueryRoot { dog { name } ${Array.from({ length: 72 - i - 1 }, (_, j) => `...F${i + j + 1}`).join(' ')} }`),
    ].join('\n')],
    ['fragments that fan out within the fragment work budget are validated', [
      'query Q { ...F0 }',
      ...Array.from({ length: 40 }, (_, i) => `fragment F${i} on QueryRoot { dog { name } ${Array.from({ length: 40 - i - 1 }, (_, j) => `...F${i + j + 1}`).join(' ')} }`),
    ].join('\n')],
  ],
};
