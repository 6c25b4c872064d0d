// Validation rule cases, in the spirit of graphql-js's rule tests. The expected errors are not written here:
// generate-validation-tests.mjs asks graphql-js for them and writes one C# test file per rule.
export default {
  ExecutableDefinitions: [
    ['only operations', `
      query Foo {
        dog {
          name
        }
      }
    `],
    ['operation and fragment', `
      query Foo {
        dog {
          name
          ...Frag
        }
      }

      fragment Frag on Dog {
        name
      }
    `],
    ['type definition', `
      query Foo {
        dog {
          name
        }
      }

      type Cow {
        name: String
      }

      extend type Dog {
        color: String
      }
    `],
    ['schema definition', `
      schema {
        query: Query
      }

      type Query {
        test: String
      }

      extend schema @directive
    `],
    ['directive definition', `
      directive @foo on FIELD
      { dog { name } }
    `],
  ],

  UniqueOperationNames: [
    ['no operations', `
      fragment fragA on Type {
        field
      }
    `],
    ['one anonymous operation', `
      {
        field
      }
    `],
    ['one named operation', `
      query Foo {
        field
      }
    `],
    ['multiple operations', `
      query Foo {
        field
      }

      query Bar {
        field
      }
    `],
    ['multiple operations of different types', `
      query Foo {
        field
      }

      mutation Bar {
        field
      }

      subscription Baz {
        field
      }
    `],
    ['fragment and operation named the same', `
      query Foo {
        ...Foo
      }
      fragment Foo on Type {
        field
      }
    `],
    ['multiple operations of same name', `
      query Foo {
        fieldA
      }
      query Foo {
        fieldB
      }
    `],
    ['multiple ops of same name of different types (mutation)', `
      query Foo {
        fieldA
      }
      mutation Foo {
        fieldB
      }
    `],
    ['multiple ops of same name of different types (subscription)', `
      query Foo {
        fieldA
      }
      subscription Foo {
        fieldB
      }
    `],
  ],

  LoneAnonymousOperation: [
    ['no operations', `
      fragment fragA on Type {
        field
      }
    `],
    ['one anon operation', `
      {
        field
      }
    `],
    ['multiple named operations', `
      query Foo {
        field
      }

      query Bar {
        field
      }
    `],
    ['anon operation with fragment', `
      {
        ...Foo
      }
      fragment Foo on Type {
        field
      }
    `],
    ['multiple anon operations', `
      {
        fieldA
      }
      {
        fieldB
      }
    `],
    ['anon operation with a mutation', `
      {
        fieldA
      }
      mutation Foo {
        fieldB
      }
    `],
    ['anon operation with a subscription', `
      {
        fieldA
      }
      subscription Foo {
        fieldB
      }
    `],
  ],

  SingleFieldSubscriptions: [
    ['valid subscription', `
      subscription ImportantEmails {
        importantEmails
      }
    `],
    ['valid subscription with fragment', `
      subscription sub {
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage
      }
    `],
    ['valid subscription with fragment and field', `
      subscription sub {
        newMessage
        ...newMessageFields
      }

      fragment newMessageFields on SubscriptionRoot {
        newMessage
      }
    `],
    ['fails with more than one root field', `
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
      }
    `],
    ['fails with more than one root field including introspection', `
      subscription ImportantEmails {
        importantEmails
        __typename
      }
    `],
    ['fails with more than one root field including aliased introspection via fragment', `
      subscription ImportantEmails {
        importantEmails
        ...Introspection
      }
      fragment Introspection on SubscriptionRoot {
        typename: __typename
      }
    `],
    ['fails with many more than one root field', `
      subscription ImportantEmails {
        importantEmails
        notImportantEmails
        spamEmails
      }
    `],
    ['fails with many more than one root field via fragments', `
      subscription ImportantEmails {
        importantEmails
        ... {
          more: moreImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
      }
    `],
    ['does not infinite loop on recursive fragments', `
      subscription NoInfiniteLoop {
        ...A
      }
      fragment A on SubscriptionRoot {
        ...A
      }
    `],
    ['fails with many more than one root field via fragments (anonymous)', `
      subscription {
        importantEmails
        ... {
          more: moreImportantEmails
          ...NotImportantEmails
        }
        ...NotImportantEmails
      }
      fragment NotImportantEmails on SubscriptionRoot {
        notImportantEmails
        deleted: deletedEmails
        ... {
          ... {
            archivedEmails
          }
        }
        ...SpamEmails
      }
      fragment SpamEmails on SubscriptionRoot {
        spamEmails
        ...NonExistentFragment
      }
    `],
    ['fails with more than one root field in anonymous subscriptions', `
      subscription {
        importantEmails
        notImportantEmails
      }
    `],
    ['fails with introspection field', `
      subscription ImportantEmails {
        __typename
      }
    `],
    ['fails with introspection field in anonymous subscription', `
      subscription {
        __typename
      }
    `],
    ['skips if not subscription type', `
      subscription {
        __typename
      }
    `, 'minimal-schema'],
    ['skipped fields do not count', `
      subscription {
        importantEmails
        notImportantEmails @skip(if: true)
        spamEmails @include(if: false)
      }
    `],
  ],

  KnownTypeNames: [
    ['known type names are valid', `
      query Foo(
        $var: String
        $required: [Int!]!
        $introspectionType: __EnumValue
      ) {
        user(id: 4) {
          pets { ... on Pet { name }, ...PetFields, ... { name } }
        }
      }

      fragment PetFields on Pet {
        name
      }
    `],
    ['unknown type names are invalid', `
      query Foo($var: [JumbledUpLetters!]!) {
        user(id: 4) {
          name
          pets { ... on Badger { name }, ...PetFields }
        }
      }
      fragment PetFields on Peat {
        name
      }
    `],
    ['references to standard scalars that are missing in schema', `
      query ($id: ID, $float: Float, $int: Int) {
        __typename
      }
    `, 'minimal-schema'],
    ['reference types defined inside the same document', `
      union SomeUnion = SomeObject | AnotherObject

      type SomeObject implements SomeInterface {
        someScalar(arg: SomeInputObject): SomeScalar
      }

      type AnotherObject {
        foo(arg: SomeInputObject): String
      }

      type SomeInterface {
        someScalar(arg: SomeInputObject): SomeScalar
      }

      input SomeInputObject {
        someScalar: SomeScalar
      }

      scalar SomeScalar

      type RootQuery {
        someInterface: SomeInterface
        someUnion: SomeUnion
        someScalar: SomeScalar
        someObject: SomeObject
      }

      schema {
        query: RootQuery
      }
    `],
    ['unknown type references in SDL', `
      type A
      type B

      type SomeObject implements C {
        e(d: D): E
      }

      union SomeUnion = F | G

      interface SomeInterface {
        i(h: H): I
      }

      input SomeInput {
        j: J
      }

      directive @SomeDirective(k: K) on QUERY

      schema {
        query: L
        mutation: M
        subscription: N
      }
    `],
    ['standard types referenced in SDL are known', `
      type Query {
        id: ID
        name(locale: String): String
        type: __Type
      }
    `, 'minimal-schema'],
  ],

  FragmentsOnCompositeTypes: [
    ['object is valid fragment type', `
      fragment validFragment on Dog {
        barks
      }
    `],
    ['interface is valid fragment type', `
      fragment validFragment on Pet {
        name
      }
    `],
    ['object is valid inline fragment type', `
      fragment validFragment on Pet {
        ... on Dog {
          barks
        }
      }
    `],
    ['interface is valid inline fragment type', `
      fragment validFragment on Mammal {
        ... on Canine {
          name
        }
      }
    `],
    ['inline fragment without type is valid', `
      fragment validFragment on Pet {
        ... {
          name
        }
      }
    `],
    ['union is valid fragment type', `
      fragment validFragment on CatOrDog {
        __typename
      }
    `],
    ['scalar is invalid fragment type', `
      fragment scalarFragment on Boolean {
        bad
      }
    `],
    ['enum is invalid fragment type', `
      fragment scalarFragment on FurColor {
        bad
      }
    `],
    ['input object is invalid fragment type', `
      fragment inputFragment on ComplexInput {
        stringField
      }
    `],
    ['scalar is invalid inline fragment type', `
      fragment invalidFragment on Pet {
        ... on String {
          barks
        }
      }
    `],
    ['unknown type is left to KnownTypeNames', `
      fragment unknownFragment on Unknown {
        ... on AlsoUnknown { a }
      }
    `],
  ],

  VariablesAreInputTypes: [
    ['unknown types are ignored', `
      query Foo($a: Unknown, $b: [[Unknown!]]!) {
        field(a: $a, b: $b)
      }
    `],
    ['input types are valid', `
      query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
        field(a: $a, b: $b, c: $c)
      }
    `],
    ['output types are invalid', `
      query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
        field(a: $a, b: $b, c: $c)
      }
    `],
  ],

  ScalarLeafs: [
    ['valid scalar selection', `
      fragment scalarSelection on Dog {
        barks
      }
    `],
    ['object type missing selection', `
      query directQueryOnObjectWithoutSubFields {
        human
      }
    `],
    ['interface type missing selection', `
      {
        human { pets }
      }
    `],
    ['selection not allowed on scalar', `
      fragment scalarSelectionsNotAllowedOnBoolean on Dog {
        barks { sinceWhen }
      }
    `],
    ['selection not allowed on enum', `
      fragment scalarSelectionsNotAllowedOnEnum on Cat {
        furColor { inHexDec }
      }
    `],
    ['scalar selection with args', `
      fragment scalarSelectionWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
      }
    `],
    ['scalar selection not allowed with args', `
      fragment scalarSelectionsNotAllowedWithArgs on Dog {
        doesKnowCommand(dogCommand: SIT) { sinceWhen }
      }
    `],
    ['scalar selection not allowed with directives and args', `
      fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
        name @include(if: true) { isAlsoHumanName }
      }
    `],
    ['list of non-null objects missing selection', `
      {
        human { relatives }
      }
    `],
  ],
};
