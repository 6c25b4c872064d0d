// Validation rule cases (third part); see validation-cases-1.mjs.
export default {
  KnownDirectives: [
    ['no directives', `
      query Foo {
        name
        ...Frag
      }

      fragment Frag on Dog {
        name
      }
    `],
    ['standard directives', `
      {
        human @skip(if: false) {
          name
          pets {
            ... on Dog @include(if: true) {
              name
            }
          }
        }
      }
    `],
    ['unknown directive', `
      {
        human @unknown(directive: "value") {
          name
        }
      }
    `],
    ['many unknown directives', `
      {
        __typename @unknown
        human @unknown {
          name
          pets @unknown {
            name
          }
        }
      }
    `],
    ['well placed directives', `
      query ($var: Boolean @onVariableDefinition) @onQuery {
        human @onField {
          ...Frag @onFragmentSpread
          ... @onInlineFragment {
            name @onField
          }
        }
      }

      mutation @onMutation {
        someField @onField
      }

      subscription @onSubscription {
        someField @onField
      }

      fragment Frag on Human @onFragmentDefinition {
        name @onField
      }
    `],
    ['misplaced directives', `
      query ($var: Boolean @onQuery) @onMutation {
        human @onQuery {
          ...Frag @onQuery
          ... @onQuery {
            name @onQuery
          }
        }
      }

      mutation @onQuery {
        someField @onQuery
      }

      subscription @onQuery {
        someField @onQuery
      }

      fragment Frag on Human @onQuery {
        name @onQuery
      }
    `],
    ['directives defined in the document', `
      directive @custom on FIELD
      { dog @custom { name @custom @onQuery } }
    `],
    ['directives on type-system definitions', `
      type Query @onField {
        field(arg: Int @onField): String @onObject
      }
      input I @onField {
        field: Int @onField
      }
      directive @onObject on OBJECT | INPUT_FIELD_DEFINITION
      extend schema @onObject
    `],
  ],

  UniqueDirectivesPerLocation: [
    ['no directives', `
      fragment Test on Type {
        field
      }
    `],
    ['unique directives in different locations', `
      fragment Test on Type @onFragmentDefinition {
        field @onField
      }
    `],
    ['unique directives in same locations', `
      fragment Test on Type @onFragmentDefinition @repeatable {
        field @onField @include(if: true)
      }
    `],
    ['same directives in different locations', `
      fragment Test on Type @onFragmentDefinition {
        field @onField
        other @onField
      }
    `],
    ['repeatable directives in same location', `
      fragment Test on Type @repeatable @repeatable {
        field @repeatable @repeatable
      }
    `],
    ['unknown directives must be ignored', `
      type Test @unknown @unknown {
        field: String! @unknown @unknown
      }

      extend type Test @unknown {
        anotherField: String!
      }
    `],
    ['duplicate directives in one location', `
      fragment Test on Type {
        field @onField @onField
      }
    `],
    ['many duplicate directives in one location', `
      fragment Test on Type {
        field @onField @onField @onField
      }
    `],
    ['different duplicate directives in one location', `
      fragment Test on Type {
        field @onField @skip(if: true) @onField @skip(if: false)
      }
    `],
    ['duplicate directives in many locations', `
      fragment Test on Type @onFragmentDefinition @onFragmentDefinition {
        field @onField @onField
      }
    `],
    ['duplicate directives across type definition and extension', `
      directive @nonRepeatable on OBJECT
      type TestType @nonRepeatable
      extend type TestType @nonRepeatable
      schema @nonRepeatable { query: TestType }
      extend schema @nonRepeatable
    `],
  ],

  KnownArgumentNames: [
    ['single arg is known', `
      fragment argOnRequiredArg on Dog {
        doesKnowCommand(dogCommand: SIT)
      }
    `],
    ['multiple args are known', `
      fragment multipleArgs on ComplicatedArgs {
        multipleReqs(req1: 1, req2: 2)
      }
    `],
    ['ignores args of unknown fields', `
      fragment argOnUnknownField on Dog {
        unknownField(unknownArg: SIT)
      }
    `],
    ['multiple args in reverse order are known', `
      fragment multipleArgsReverseOrder on ComplicatedArgs {
        multipleReqs(req2: 2, req1: 1)
      }
    `],
    ['args are known deeply', `
      {
        dog {
          doesKnowCommand(dogCommand: SIT)
        }
        human {
          pets {
            ... on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
          }
        }
      }
    `],
    ['directive args are known', `
      {
        dog @skip(if: true)
      }
    `],
    ['field args are invalid', `
      {
        dog @skip(unless: true)
      }
    `],
    ['directive without args is valid', `
      {
        dog @onField
      }
    `],
    ['arg passed to directive without arg is reported', `
      {
        dog @onField(if: true)
      }
    `],
    ['misspelled directive args are reported', `
      {
        dog @skip(iff: true)
      }
    `],
    ['invalid arg name', `
      fragment invalidArgName on Dog {
        doesKnowCommand(unknown: true)
      }
    `],
    ['misspelled arg name is reported', `
      fragment invalidArgName on Dog {
        doesKnowCommand(DogCommand: true)
      }
    `],
    ['unknown args amongst known args', `
      fragment oneGoodArgOneInvalidArg on Dog {
        doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
      }
    `],
    ['unknown args deeply', `
      {
        dog {
          doesKnowCommand(unknown: true)
        }
        human {
          pets {
            ... on Dog {
              doesKnowCommand(unknown: true)
            }
          }
        }
      }
    `],
    ['args of directives defined in the document', `
      directive @test(arg: String) on FIELD
      { dog @test(arg: "", other: 1) }
    `],
  ],

  UniqueArgumentNames: [
    ['no arguments on field', `{ field }`],
    ['no arguments on directive', `{ field @directive }`],
    ['argument on field', `{ field(arg: "value") }`],
    ['argument on directive', `{ field @directive(arg: "value") }`],
    ['same argument on two fields', `
      {
        one: field(arg: "value")
        two: field(arg: "value")
      }
    `],
    ['same argument on field and directive', `
      {
        field(arg: "value") @directive(arg: "value")
      }
    `],
    ['same argument on two directives', `
      {
        field @directive1(arg: "value") @directive2(arg: "value")
      }
    `],
    ['multiple field arguments', `
      {
        field(arg1: "value", arg2: "value", arg3: "value")
      }
    `],
    ['duplicate field arguments', `
      {
        field(arg1: "value", arg1: "value")
      }
    `],
    ['many duplicate field arguments', `
      {
        field(arg1: "value", arg1: "value", arg1: "value")
      }
    `],
    ['duplicate directive arguments', `
      {
        field @directive(arg1: "value", arg1: "value")
      }
    `],
    ['many duplicate directive arguments', `
      {
        field @directive(arg1: "value", arg1: "value", arg1: "value")
      }
    `],
  ],

  UniqueInputFieldNames: [
    ['input object with fields', `{ field(arg: { f: true }) }`],
    ['same input object within two args', `{ field(arg1: { f: true }, arg2: { f: true }) }`],
    ['multiple input object fields', `{ field(arg: { f1: "value", f2: "value", f3: "value" }) }`],
    ['allows for nested input objects with similar fields', `
      {
        field(arg: {
          deep: {
            deep: {
              id: 1
            }
            id: 1
          }
          id: 1
        })
      }
    `],
    ['duplicate input object fields', `{ field(arg: { f1: "value", f1: "value" }) }`],
    ['many duplicate input object fields', `{ field(arg: { f1: "value", f1: "value", f1: "value" }) }`],
    ['nested duplicate input object fields', `{ field(arg: { f1: {f2: "value", f2: "value" }}) }`],
  ],

  ProvidedRequiredArguments: [
    ['ignores unknown arguments', `{ dog { isHouseTrained(unknownArgument: true) } }`],
    ['arg on optional arg', `{ dog { isHouseTrained(atOtherHomes: true) } }`],
    ['no arg on optional arg', `{ dog { isHouseTrained } }`],
    ['no arg on non-null field with default', `{ complicatedArgs { nonNullFieldWithDefault } }`],
    ['multiple args', `{ complicatedArgs { multipleReqs(req1: 1, req2: 2) } }`],
    ['multiple args reverse order', `{ complicatedArgs { multipleReqs(req2: 2, req1: 1) } }`],
    ['no args on multiple optional', `{ complicatedArgs { multipleOpts } }`],
    ['one arg on multiple optional', `{ complicatedArgs { multipleOpts(opt1: 1) } }`],
    ['all reqs and opts on mixed list', `{ complicatedArgs { multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6) } }`],
    ['missing one non-nullable argument', `{ complicatedArgs { multipleReqs(req2: 2) } }`],
    ['missing multiple non-nullable arguments', `{ complicatedArgs { multipleReqs } }`],
    ['incorrect value and missing argument', `{ complicatedArgs { multipleReqs(req1: "one") } }`],
    ['ignores unknown directives', `{ dog @unknown }`],
    ['with directives of valid types', `
      {
        dog @include(if: true) {
          name
        }
        human @skip(if: false) {
          name
        }
      }
    `],
    ['with directive with missing types', `
      {
        dog @include {
          name @skip
        }
        human @required { name }
      }
    `],
    ['directives defined in the document', `
      directive @custom(arg: Int!, opt: Int! = 1, maybe: Int) on FIELD
      { dog @custom }
    `],
  ],
};
