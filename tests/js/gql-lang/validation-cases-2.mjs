// Validation rule cases (second part); see validation-cases-1.mjs.
export default {
  FieldsOnCorrectType: [
    ['object field selection', `
      fragment objectFieldSelection on Dog {
        __typename
        name
      }
    `],
    ['aliased object field selection', `
      fragment aliasedObjectFieldSelection on Dog {
        tn : __typename
        otherName : name
      }
    `],
    ['interface field selection', `
      fragment interfaceFieldSelection on Pet {
        __typename
        name
      }
    `],
    ['lying alias selection', `
      fragment lyingAliasSelection on Dog {
        name : nickname
      }
    `],
    ['ignores fields on unknown type', `
      fragment unknownSelection on UnknownType {
        unknownField
      }
    `],
    ['reports errors when type is known again', `
      fragment typeKnownAgain on Pet {
        unknown_pet_field {
          ... on Cat {
            unknown_cat_field
          }
        }
      }
    `],
    ['field not defined on fragment', `
      fragment fieldNotDefined on Dog {
        meowVolume
      }
    `],
    ['ignores deeply unknown field', `
      fragment deepFieldNotDefined on Dog {
        unknown_field {
          deeper_unknown_field
        }
      }
    `],
    ['sub-field not defined', `
      fragment subFieldNotDefined on Human {
        pets {
          unknown_field
        }
      }
    `],
    ['field not defined on inline fragment', `
      fragment fieldNotDefined on Pet {
        ... on Dog {
          meowVolume
        }
      }
    `],
    ['aliased field target not defined', `
      fragment aliasedFieldTargetNotDefined on Dog {
        volume : mooVolume
      }
    `],
    ['aliased lying field target not defined', `
      fragment aliasedLyingFieldTargetNotDefined on Dog {
        barkVolume : kawVolume
      }
    `],
    ['not defined on interface', `
      fragment notDefinedOnInterface on Pet {
        tailLength
      }
    `],
    ['defined on implementors but not on interface', `
      fragment definedOnImplementorsButNotInterface on Pet {
        nickname
      }
    `],
    ['meta field selection on union', `
      fragment directFieldSelectionOnUnion on CatOrDog {
        __typename
      }
    `],
    ['direct field selection on union', `
      fragment directFieldSelectionOnUnion on CatOrDog {
        directField
      }
    `],
    ['defined on implementors queried on union', `
      fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
        name
      }
    `],
    ['valid field in inline fragment', `
      fragment objectFieldSelection on Pet {
        ... on Dog {
          name
        }
        ... {
          name
        }
      }
    `],
    ['schema meta fields only on the query root', `
      {
        __schema { queryType { name } }
        __type(name: "Dog") { name }
        dog { __schema { queryType { name } } }
      }
    `],
  ],

  UniqueFragmentNames: [
    ['no fragments', `
      {
        field
      }
    `],
    ['one fragment', `
      {
        ...fragA
      }

      fragment fragA on Type {
        field
      }
    `],
    ['many fragments', `
      {
        ...fragA
        ...fragB
        ...fragC
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragB on Type {
        fieldB
      }
      fragment fragC on Type {
        fieldC
      }
    `],
    ['inline fragments are always unique', `
      {
        ...on Type {
          fieldA
        }
        ...on Type {
          fieldB
        }
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
    ['fragments named the same', `
      {
        ...fragA
      }
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }
    `],
    ['fragments named the same without being referenced', `
      fragment fragA on Type {
        fieldA
      }
      fragment fragA on Type {
        fieldB
      }
    `],
  ],

  KnownFragmentNames: [
    ['known fragment names are valid', `
      {
        human(id: 4) {
          ...HumanFields1
          ... on Human {
            ...HumanFields2
          }
          ... {
            name
          }
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }
    `],
    ['unknown fragment names are invalid', `
      {
        human(id: 4) {
          ...UnknownFragment1
          ... on Human {
            ...UnknownFragment2
          }
        }
      }
      fragment HumanFields on Human {
        name
        ...UnknownFragment3
      }
    `],
  ],

  NoUnusedFragments: [
    ['all fragment names are used', `
      {
        human(id: 4) {
          ...HumanFields1
          ... on Human {
            ...HumanFields2
          }
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }
    `],
    ['all fragment names are used by multiple operations', `
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }
    `],
    ['contains unknown fragments', `
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      query Bar {
        human(id: 4) {
          ...HumanFields2
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields2 on Human {
        name
      }
      fragment HumanFields3 on Human {
        name
      }
      fragment Unused1 on Human {
        name
      }
      fragment Unused2 on Human {
        name
      }
    `],
    ['contains unknown fragments with ref cycle', `
      query Foo {
        human(id: 4) {
          ...HumanFields1
        }
      }
      fragment HumanFields1 on Human {
        name
        ...HumanFields3
      }
      fragment HumanFields3 on Human {
        name
      }
      fragment Unused1 on Human {
        name
        ...Unused2
      }
      fragment Unused2 on Human {
        name
        ...Unused1
      }
    `],
    ['contains unknown and undef fragments', `
      query Foo {
        human(id: 4) {
          ...bar
        }
      }
      fragment foo on Human {
        name
      }
    `],
  ],

  PossibleFragmentSpreads: [
    ['of the same object', `fragment objectWithinObject on Dog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }`],
    ['of the same object with inline fragment', `fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }`],
    ['object into an implemented interface', `fragment objectWithinInterface on Pet { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }`],
    ['object into containing union', `fragment objectWithinUnion on CatOrDog { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }`],
    ['union into contained object', `fragment unionWithinObject on Dog { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }`],
    ['interface into implemented object', `fragment interfaceWithinObject on Dog { ...petFragment }
      fragment petFragment on Pet { name }`],
    ['interface into overlapping union', `fragment interfaceWithinUnion on CatOrDog { ...petFragment }
      fragment petFragment on Pet { name }`],
    ['ignores incorrect type (caught by FragmentsOnCompositeTypes)', `fragment petFragment on Pet { ...badInADifferentWay }
      fragment badInADifferentWay on String { name }`],
    ['ignores unknown fragments (caught by KnownFragmentNames)', `fragment petFragment on Pet { ...UnknownFragment }`],
    ['different object into object', `fragment invalidObjectWithinObject on Cat { ...dogFragment }
      fragment dogFragment on Dog { barkVolume }`],
    ['different object into object in inline fragment', `fragment invalidObjectWithinObjectAnon on Cat {
        ... on Dog { barkVolume }
      }`],
    ['object into not implementing interface', `fragment invalidObjectWithinInterface on Pet { ...humanFragment }
      fragment humanFragment on Human { pets { name } }`],
    ['object into not containing union', `fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
      fragment humanFragment on Human { pets { name } }`],
    ['union into not contained object', `fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
      fragment catOrDogFragment on CatOrDog { __typename }`],
    ['interface into non implementing object', `fragment invalidInterfaceWithinObject on Cat { ...canineFragment }
      fragment canineFragment on Canine { name }`],
    ['interface into implemented interface', `fragment interfaceWithinInterface on Mammal { ...canineFragment }
      fragment canineFragment on Canine { name }`],
    ['interface into non overlapping union', `fragment invalidInterfaceWithinUnion on CatOrDog {
        ... on Human { name }
      }`],
  ],

  NoFragmentCycles: [
    ['single reference is valid', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { name }
    `],
    ['spreading twice is not circular', `
      fragment fragA on Dog { ...fragB, ...fragB }
      fragment fragB on Dog { name }
    `],
    ['spreading twice indirectly is not circular', `
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { name }
    `],
    ['double spread within abstract types', `
      fragment nameFragment on Pet {
        ... on Dog { name }
        ... on Cat { name }
      }

      fragment spreadsInAnon on Pet {
        ... on Dog { ...nameFragment }
        ... on Cat { ...nameFragment }
      }
    `],
    ['does not false positive on unknown fragment', `
      fragment nameFragment on Pet {
        ...UnknownFragment
      }
    `],
    ['spreading recursively within field fails', `
      fragment fragA on Human { relatives { ...fragA } },
    `],
    ['no spreading itself directly', `
      fragment fragA on Dog { ...fragA }
    `],
    ['no spreading itself directly within inline fragment', `
      fragment fragA on Pet {
        ... on Dog {
          ...fragA
        }
      }
    `],
    ['no spreading itself indirectly', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragA }
    `],
    ['no spreading itself indirectly reports opposite order', `
      fragment fragB on Dog { ...fragA }
      fragment fragA on Dog { ...fragB }
    `],
    ['no spreading itself deeply', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragO }
      fragment fragX on Dog { ...fragY }
      fragment fragY on Dog { ...fragZ }
      fragment fragZ on Dog { ...fragO }
      fragment fragO on Dog { ...fragP }
      fragment fragP on Dog { ...fragA, ...fragX }
    `],
    ['no spreading itself deeply two paths', `
      fragment fragA on Dog { ...fragB, ...fragC }
      fragment fragB on Dog { ...fragA }
      fragment fragC on Dog { ...fragA }
    `],
    ['no spreading itself deeply two paths, other order', `
      fragment fragA on Dog { ...fragC }
      fragment fragB on Dog { ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    `],
    ['no spreading itself deeply and immediately', `
      fragment fragA on Dog { ...fragB }
      fragment fragB on Dog { ...fragB, ...fragC }
      fragment fragC on Dog { ...fragA, ...fragB }
    `],
  ],

  UniqueVariableNames: [
    ['unique variable names', `
      query A($x: Int, $y: String) { __typename }
      query B($x: String, $y: Int) { __typename }
    `],
    ['duplicate variable names', `
      query A($x: Int, $x: Int, $x: String) { __typename }
      query B($x: String, $x: Int) { __typename }
      query C($x: Int, $x: Int) { __typename }
    `],
  ],

  NoUndefinedVariables: [
    ['all variables defined', `
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }
    `],
    ['all variables deeply defined', `
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a) {
          field(b: $b) {
            field(c: $c)
          }
        }
      }
    `],
    ['all variables deeply in inline fragments defined', `
      query Foo($a: String, $b: String, $c: String) {
        ... on Type {
          field(a: $a) {
            field(b: $b) {
              ... on Type {
                field(c: $c)
              }
            }
          }
        }
      }
    `],
    ['all variables in fragments deeply defined', `
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field(c: $c)
      }
    `],
    ['variable within recursive fragment defined', `
      query Foo($a: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragA
        }
      }
    `],
    ['variable not defined', `
      query Foo($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c, d: $d)
      }
    `],
    ['variable not defined by un-named query', `
      {
        field(a: $a)
      }
    `],
    ['multiple variables not defined', `
      query Foo($b: String) {
        field(a: $a, b: $b, c: $c)
      }
    `],
    ['variable in fragment not defined by un-named query', `
      {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a)
      }
    `],
    ['variable in fragment not defined by operation', `
      query Foo($a: String, $b: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field(c: $c)
      }
    `],
    ['variables in fragment not defined by multiple operations', `
      query Foo($b: String) {
        ...FragAB
      }
      query Bar($a: String) {
        ...FragAB
      }
      fragment FragAB on Type {
        field1(a: $a, b: $b)
        ...FragC
        field3(a: $a, b: $b)
      }
      fragment FragC on Type {
        field2(c: $c)
      }
    `],
    ['variables in directives and default-free definitions', `
      query Foo($a: Boolean! = true @onVariableDefinition) {
        field @include(if: $a) @skip(if: $b)
      }
    `],
  ],

  NoUnusedVariables: [
    ['uses all variables', `
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b, c: $c)
      }
    `],
    ['uses all variables deeply in inline fragments', `
      query Foo($a: String, $b: String, $c: String) {
        ... on Type {
          field(a: $a) {
            field(b: $b) {
              ... on Type {
                field(c: $c)
              }
            }
          }
        }
      }
    `],
    ['uses all variables in fragments', `
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field(c: $c)
      }
    `],
    ['variable not used', `
      query ($a: String, $b: String, $c: String) {
        field(a: $a, b: $b)
      }
    `],
    ['multiple variables not used', `
      query Foo($a: String, $b: String, $c: String) {
        field(b: $b)
      }
    `],
    ['variable not used in fragments', `
      query Foo($a: String, $b: String, $c: String) {
        ...FragA
      }
      fragment FragA on Type {
        field(a: $a) {
          ...FragB
        }
      }
      fragment FragB on Type {
        field(b: $b) {
          ...FragC
        }
      }
      fragment FragC on Type {
        field
      }
    `],
    ['variable not used by fragment used by other operation', `
      query Foo($a: String) {
        ...FragA
      }
      query Bar($b: String) {
        ...FragB
      }
      fragment FragA on Type {
        field(a: $a)
      }
      fragment FragB on Type {
        field(b: $b)
      }
    `],
    ['variable used only in its own default or directive is unused', `
      query Foo($a: Int @onVariableDefinition, $b: Int = 1) {
        field
      }
    `],
  ],
};
