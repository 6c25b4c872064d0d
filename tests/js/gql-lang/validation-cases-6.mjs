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
  ],
};
