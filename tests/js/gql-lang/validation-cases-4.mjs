// Validation rule cases (fourth part); see validation-cases-1.mjs.
const arg = (field, name, value) => `
  {
    complicatedArgs {
      ${field}(${name}: ${value})
    }
  }
`;

export default {
  ValuesOfCorrectType: [
    ['good int value', arg('intArgField', 'intArg', '2')],
    ['good negative int value', arg('intArgField', 'intArg', '-2')],
    ['good boolean value', arg('booleanArgField', 'booleanArg', 'true')],
    ['good string value', arg('stringArgField', 'stringArg', '"foo"')],
    ['good float value', arg('floatArgField', 'floatArg', '1.1')],
    ['int into float', arg('floatArgField', 'floatArg', '1')],
    ['int into ID', arg('idArgField', 'idArg', '1')],
    ['string into ID', arg('idArgField', 'idArg', '"someIdString"')],
    ['good enum value', `{ dog { doesKnowCommand(dogCommand: SIT) } }`],
    ['enum with undefined value', arg('enumArgField', 'enumArg', 'UNKNOWN')],
    ['enum with null value', arg('enumArgField', 'enumArg', 'NO_FUR')],
    ['null into nullable type', arg('intArgField', 'intArg', 'null')],
    ['int into string', arg('stringArgField', 'stringArg', '1')],
    ['float into string', arg('stringArgField', 'stringArg', '1.0')],
    ['boolean into string', arg('stringArgField', 'stringArg', 'true')],
    ['unquoted string into string', arg('stringArgField', 'stringArg', 'BAR')],
    ['string into int', arg('intArgField', 'intArg', '"3"')],
    ['big int into int', arg('intArgField', 'intArg', '829384293849283498239482938')],
    ['unquoted string into int', arg('intArgField', 'intArg', 'FOO')],
    ['simple float into int', arg('intArgField', 'intArg', '3.0')],
    ['float into int', arg('intArgField', 'intArg', '3.333')],
    ['string into float', arg('floatArgField', 'floatArg', '"3.333"')],
    ['boolean into float', arg('floatArgField', 'floatArg', 'true')],
    ['unquoted into float', arg('floatArgField', 'floatArg', 'FOO')],
    ['int into boolean', arg('booleanArgField', 'booleanArg', '2')],
    ['float into boolean', arg('booleanArgField', 'booleanArg', '1.0')],
    ['string into boolean', arg('booleanArgField', 'booleanArg', '"true"')],
    ['unquoted into boolean', arg('booleanArgField', 'booleanArg', 'TRUE')],
    ['float into ID', arg('idArgField', 'idArg', '1.0')],
    ['boolean into ID', arg('idArgField', 'idArg', 'true')],
    ['unquoted into ID', arg('idArgField', 'idArg', 'SOMETHING')],
    ['int into enum', `{ dog { doesKnowCommand(dogCommand: 2) } }`],
    ['string into enum', `{ dog { doesKnowCommand(dogCommand: "SIT") } }`],
    ['boolean into enum', `{ dog { doesKnowCommand(dogCommand: true) } }`],
    ['unknown enum value into enum', `{ dog { doesKnowCommand(dogCommand: JUGGLE) } }`],
    ['different case enum value into enum', `{ dog { doesKnowCommand(dogCommand: sit) } }`],
    ['good list value', arg('stringListArgField', 'stringListArg', '["one", null, "two"]')],
    ['empty list value', arg('stringListArgField', 'stringListArg', '[]')],
    ['null list value', arg('stringListArgField', 'stringListArg', 'null')],
    ['single value into list', arg('stringListArgField', 'stringListArg', '"one"')],
    ['incorrect item type', arg('stringListArgField', 'stringListArg', '["one", 2]')],
    ['single value of incorrect type', arg('stringListArgField', 'stringListArg', '1')],
    ['null in non-null list item', arg('stringListNonNullArgField', 'stringListNonNullArg', '["one", null]')],
    ['list where a scalar is expected', arg('intArgField', 'intArg', '[1, 2]')],
    ['arg on optional arg', `{ dog { isHouseTrained(atOtherHomes: true) } }`],
    ['incorrect value type for non-null', `{ complicatedArgs { multipleReqs(req2: "two", req1: "one") } }`],
    ['null value for non-null', `{ complicatedArgs { multipleReqs(req1: null) } }`],
    ['optional arg, despite required field in type', arg('complexArgField', 'complexArg', '{ requiredField: true }')],
    ['partial object, only required', arg('complexArgField', 'complexArg', '{ requiredField: false }')],
    ['full object', arg('complexArgField', 'complexArg', `{
        requiredField: true,
        intField: 4,
        stringField: "foo",
        booleanField: false,
        stringListField: ["one", "two"]
      }`)],
    ['partial object, missing required', arg('complexArgField', 'complexArg', '{ intField: 4 }')],
    ['partial object, invalid field type', arg('complexArgField', 'complexArg', `{
        stringListField: ["one", 2],
        requiredField: true,
      }`)],
    ['partial object, null to non-null field', arg('complexArgField', 'complexArg', `{
        requiredField: true,
        nonNullField: null,
      }`)],
    ['partial object, unknown field arg', arg('complexArgField', 'complexArg', `{
        requiredField: true,
        invalidField: "value"
      }`)],
    ['object where a scalar is expected', arg('intArgField', 'intArg', '{ a: 1 }')],
    ['scalar where an object is expected', arg('complexArgField', 'complexArg', '5')],
    ['oneOf with exactly one field', arg('oneOfArgField', 'oneOfArg', '{ stringField: "abc" }')],
    ['oneOf with exactly one non-nullable variable', `
      query ($string: String!) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    `],
    ['oneOf with a null field', arg('oneOfArgField', 'oneOfArg', '{ stringField: null }')],
    ['oneOf with two fields', arg('oneOfArgField', 'oneOfArg', '{ stringField: "abc", intField: 123 }')],
    ['oneOf with no fields', arg('oneOfArgField', 'oneOfArg', '{}')],
    ['directive arguments with valid types', `
      {
        dog @include(if: true) {
          name
        }
        human @skip(if: false) {
          name
        }
      }
    `],
    ['directive arguments with invalid types', `
      {
        dog @include(if: "yes") {
          name @skip(if: ENUM)
        }
      }
    `],
    ['variables with valid default values', `
      query WithDefaultValues(
        $a: Int = 1,
        $b: String = "ok",
        $c: ComplexInput = { requiredField: true, intField: 3 }
        $d: Int! = 123
      ) {
        dog { name }
      }
    `],
    ['variables with invalid default values', `
      query InvalidDefaultValues(
        $a: Int = "one",
        $b: String = 4,
        $c: ComplexInput = "NotVeryComplex"
      ) {
        dog { name }
      }
    `],
    ['variables with complex invalid default values', `
      query WithDefaultValues(
        $a: ComplexInput = { requiredField: 123, intField: "abc" }
      ) {
        dog { name }
      }
    `],
    ['complex variables missing required field', `
      query MissingRequiredField($a: ComplexInput = {intField: 3}) {
        dog { name }
      }
    `],
    ['list variables with invalid item', `
      query InvalidItem($a: [String] = ["one", 2]) {
        dog { name }
      }
    `],
    ['values with unknown location type are ignored', `{ unknown(arg: 1) dog { name(unknown: [1, {a: 2}]) } }`],
  ],

  VariablesInAllowedPosition: [
    ['boolean to boolean', `
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
      }
    `],
    ['boolean to boolean within fragment', `
      fragment booleanArgFrag on ComplicatedArgs {
        booleanArgField(booleanArg: $booleanArg)
      }
      query Query($booleanArg: Boolean)
      {
        complicatedArgs {
          ...booleanArgFrag
        }
      }
    `],
    ['non-null boolean to boolean', `
      query Query($nonNullBooleanArg: Boolean!)
      {
        complicatedArgs {
          booleanArgField(booleanArg: $nonNullBooleanArg)
        }
      }
    `],
    ['string list to string list', `
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }
    `],
    ['non-null string list to string list', `
      query Query($stringListVar: [String!])
      {
        complicatedArgs {
          stringListArgField(stringListArg: $stringListVar)
        }
      }
    `],
    ['string to string list in item position', `
      query Query($stringVar: String)
      {
        complicatedArgs {
          stringListArgField(stringListArg: [$stringVar])
        }
      }
    `],
    ['complex input to complex input', `
      query Query($complexVar: ComplexInput)
      {
        complicatedArgs {
          complexArgField(complexArg: $complexVar)
        }
      }
    `],
    ['complex input to complex input in field position', `
      query Query($boolVar: Boolean = false)
      {
        complicatedArgs {
          complexArgField(complexArg: {requiredField: $boolVar})
        }
      }
    `],
    ['non-null boolean to non-null boolean in directive', `
      query Query($boolVar: Boolean!)
      {
        dog @include(if: $boolVar)
      }
    `],
    ['int to non-null int', `
      query Query($intArg: Int) {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }
      }
    `],
    ['int to non-null int within fragment', `
      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...nonNullIntArgFieldFrag
        }
      }
    `],
    ['int to non-null int within nested fragment', `
      fragment outerFrag on ComplicatedArgs {
        ...nonNullIntArgFieldFrag
      }

      fragment nonNullIntArgFieldFrag on ComplicatedArgs {
        nonNullIntArgField(nonNullIntArg: $intArg)
      }

      query Query($intArg: Int) {
        complicatedArgs {
          ...outerFrag
        }
      }
    `],
    ['string over boolean', `
      query Query($stringVar: String) {
        complicatedArgs {
          booleanArgField(booleanArg: $stringVar)
        }
      }
    `],
    ['string to string list', `
      query Query($stringVar: String) {
        complicatedArgs {
          stringListArgField(stringListArg: $stringVar)
        }
      }
    `],
    ['boolean to non-null boolean in directive', `
      query Query($boolVar: Boolean) {
        dog @include(if: $boolVar)
      }
    `],
    ['string to non-null boolean in directive', `
      query Query($stringVar: String) {
        dog @include(if: $stringVar)
      }
    `],
    ['string list to non-null string list', `
      query Query($stringListVar: [String])
      {
        complicatedArgs {
          stringListNonNullArgField(stringListNonNullArg: $stringListVar)
        }
      }
    `],
    ['int to non-null int fails when variable provides null default', `
      query Query($intVar: Int = null) {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intVar)
        }
      }
    `],
    ['int to non-null int when variable provides non-null default', `
      query Query($intVar: Int = 1) {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intVar)
        }
      }
    `],
    ['int to non-null int when optional argument provides default', `
      query Query($intVar: Int) {
        complicatedArgs {
          nonNullFieldWithDefault(arg: $intVar)
        }
      }
    `],
    ['boolean to non-null boolean in directive with default', `
      query Query($boolVar: Boolean = false) {
        dog @include(if: $boolVar)
      }
    `],
    ['nullable variable in oneOf field', `
      query Query($string: String) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    `],
    ['non-null variable in oneOf field', `
      query Query($string: String!) {
        complicatedArgs {
          oneOfArgField(oneOfArg: { stringField: $string })
        }
      }
    `],
    ['undefined variables and unknown positions are ignored', `
      query Query($a: Int) {
        complicatedArgs {
          nonNullIntArgField(nonNullIntArg: $undefined)
          unknownField(arg: $a)
        }
      }
    `],
  ],
};
