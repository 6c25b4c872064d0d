// Validation rule cases (fifth part); see validation-cases-1.mjs.
export default {
  OverlappingFieldsCanBeMerged: [
    ['unique fields', `
      fragment uniqueFields on Dog {
        name
        nickname
      }
    `],
    ['identical fields', `
      fragment mergeIdenticalFields on Dog {
        name
        name
      }
    `],
    ['identical fields with identical args', `
      fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: SIT)
      }
    `],
    ['identical fields with identical directives', `
      fragment mergeSameFieldsWithSameDirectives on Dog {
        name @include(if: true)
        name @include(if: true)
      }
    `],
    ['different args with different aliases', `
      fragment differentArgsWithDifferentAliases on Dog {
        knowsSit: doesKnowCommand(dogCommand: SIT)
        knowsDown: doesKnowCommand(dogCommand: DOWN)
      }
    `],
    ['different directives with different aliases', `
      fragment differentDirectivesWithDifferentAliases on Dog {
        nameIfTrue: name @include(if: true)
        nameIfFalse: name @include(if: false)
      }
    `],
    ['different skip/include directives accepted', `
      fragment differentDirectivesWithDifferentAliases on Dog {
        name @include(if: true)
        name @include(if: false)
      }
    `],
    ['same aliases with different field targets', `
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        fido: name
        fido: nickname
      }
    `],
    ['same aliases allowed on non-overlapping fields', `
      fragment sameAliasesWithDifferentFieldTargets on Pet {
        ... on Dog {
          name
        }
        ... on Cat {
          name: nickname
        }
      }
    `],
    ['alias masking direct field access', `
      fragment aliasMaskingDirectFieldAccess on Dog {
        name: nickname
        name
      }
    `],
    ['different args, second adds an argument', `
      fragment conflictingArgs on Dog {
        doesKnowCommand
        doesKnowCommand(dogCommand: HEEL)
      }
    `],
    ['different args, second missing an argument', `
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand
      }
    `],
    ['conflicting arg values', `
      fragment conflictingArgs on Dog {
        doesKnowCommand(dogCommand: SIT)
        doesKnowCommand(dogCommand: HEEL)
      }
    `],
    ['conflicting arg names', `
      fragment conflictingArgs on Dog {
        isAtLocation(x: 0)
        isAtLocation(y: 0)
      }
    `],
    ['same arguments in a different order', `
      fragment sameArgs on Dog {
        isAtLocation(x: 0, y: 1)
        isAtLocation(y: 1, x: 0)
      }
    `],
    ['object arguments with fields in a different order', `
      {
        complicatedArgs {
          complexArgField(complexArg: { requiredField: true, intField: 1 })
          complexArgField(complexArg: { intField: 1, requiredField: true })
        }
      }
    `],
    ['allows different args where no conflict is possible', `
      fragment conflictingArgs on Pet {
        ... on Dog {
          name(surname: true)
        }
        ... on Cat {
          name
        }
      }
    `],
    ['encounters conflict in fragments', `
      {
        ...A
        ...B
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }
    `],
    ['reports each conflict once', `
      {
        f1 {
          ...A
          ...B
        }
        f2 {
          ...B
          ...A
        }
        f3 {
          ...A
          ...B
          x: c
        }
      }
      fragment A on Type {
        x: a
      }
      fragment B on Type {
        x: b
      }
    `],
    ['deep conflict', `
      {
        field {
          x: a
        },
        field {
          x: b
        }
      }
    `],
    ['deep conflict with multiple issues', `
      {
        field {
          x: a
          y: c
        },
        field {
          x: b
          y: d
        }
      }
    `],
    ['very deep conflict', `
      {
        field {
          deepField {
            x: a
          }
        },
        field {
          deepField {
            x: b
          }
        }
      }
    `],
    ['reports deep conflict to nearest common ancestor', `
      {
        field {
          deepField {
            x: a
          }
          deepField {
            x: b
          }
        },
        field {
          deepField {
            y
          }
        }
      }
    `],
    ['reports deep conflict to nearest common ancestor in fragments', `
      {
        field {
          ...F
        }
        field {
          ...F
        }
      }
      fragment F on T {
        deepField {
          deeperField {
            x: a
          }
          deeperField {
            x: b
          }
        },
        deepField {
          deeperField {
            y
          }
        }
      }
    `],
    ['reports deep conflict in nested fragments', `
      {
        field {
          ...F
        }
        field {
          ...I
        }
      }
      fragment F on T {
        x: a
        ...G
      }
      fragment G on T {
        y: c
      }
      fragment I on T {
        y: d
        ...J
      }
      fragment J on T {
        x: b
      }
    `],
    ['ignores unknown fragments', `
      {
        field
        ...Unknown
        ...Known
      }

      fragment Known on T {
        field
        ...OtherUnknown
      }
    `],
    ['does not infinite loop on recursive fragment', `
      {
        ...fragA
      }

      fragment fragA on Human { name, relatives { name, ...fragA } }
    `],
    ['does not infinite loop on immediately recursive fragment', `
      {
        ...fragA
      }

      fragment fragA on Human { name, ...fragA }
    `],
    ['finds invalid case even with immediately recursive fragment', `
      fragment sameAliasesWithDifferentFieldTargets on Dog {
        ...sameAliasesWithDifferentFieldTargets
        fido: name
        fido: nickname
      }
    `],
    ['does not infinite loop on transitively recursive fragment', `
      {
        ...fragA
        fragB
      }

      fragment fragA on Human { name, ...fragB }
      fragment fragB on Human { name, ...fragC }
      fragment fragC on Human { name, ...fragA }
    `],
    ['conflicting return types which potentially overlap', `
      {
        someBox {
          ...on IntBox {
            scalar
          }
          ...on NonNullStringBox1 {
            scalar
          }
        }
      }
    `, 'boxes-schema'],
    ['compatible return shapes on different return types', `
      {
        someBox {
          ... on SomeBox {
            deepBox {
              unrelatedField
            }
          }
          ... on StringBox {
            deepBox {
              unrelatedField
            }
          }
        }
      }
    `, 'boxes-schema'],
    ['disallows differing return types despite no overlap', `
      {
        someBox {
          ... on IntBox {
            scalar
          }
          ... on StringBox {
            scalar
          }
        }
      }
    `, 'boxes-schema'],
    ['disallows differing return type nullability despite no overlap', `
      {
        someBox {
          ... on NonNullStringBox1 {
            scalar
          }
          ... on StringBox {
            scalar
          }
        }
      }
    `, 'boxes-schema'],
    ['disallows differing return type list despite no overlap', `
      {
        someBox {
          ... on IntBox {
            box: listStringBox {
              scalar
            }
          }
          ... on StringBox {
            box: stringBox {
              scalar
            }
          }
        }
      }
    `, 'boxes-schema'],
    ['disallows differing subfields', `
      {
        someBox {
          ... on IntBox {
            box: stringBox {
              val: scalar
              val: unrelatedField
            }
          }
          ... on StringBox {
            box: stringBox {
              val: scalar
            }
          }
        }
      }
    `, 'boxes-schema'],
    ['disallows differing deep return types despite no overlap', `
      {
        someBox {
          ... on IntBox {
            box: stringBox {
              scalar
            }
          }
          ... on StringBox {
            box: intBox {
              scalar
            }
          }
        }
      }
    `, 'boxes-schema'],
    ['allows non-conflicting overlapping types', `
      {
        someBox {
          ... on IntBox {
            scalar: unrelatedField
          }
          ... on StringBox {
            scalar
          }
        }
      }
    `, 'boxes-schema'],
    ['same wrapped scalar return types', `
      {
        someBox {
          ...on NonNullStringBox1 {
            scalar
          }
          ...on NonNullStringBox2 {
            scalar
          }
        }
      }
    `, 'boxes-schema'],
    ['allows inline fragments without type condition', `
      {
        a
        ... {
          a
        }
      }
    `, 'boxes-schema'],
    ['compares deep types including list', `
      {
        connection {
          ...edgeID
          edges {
            node {
              id: name
            }
          }
        }
      }

      fragment edgeID on Connection {
        edges {
          node {
            id
          }
        }
      }
    `, 'boxes-schema'],
    ['ignores unknown types', `
      {
        someBox {
          ...on UnknownType {
            scalar
          }
          ...on NonNullStringBox2 {
            scalar
          }
        }
      }
    `, 'boxes-schema'],
    // graphql-js 16.15: an inline fragment's selection set is checked with the enclosing one only, so a conflict
    // inside it is reported once, not twice.
    ['a conflict inside an inline fragment is reported once', `
      { dog { ... on Dog { x: name x: nickname } } }
    `],
    ['a conflict inside nested inline fragments is reported once', `
      { dog { ... { ... on Dog { x: name x: barkVolume } } } }
    `],
    // graphql-js 16.15 abbreviates names and reasons past 1,000 characters, and keeps at most 20 nodes a side.
    ['response names and field names past a thousand characters are abbreviated', `
      { dog { ${'a'.repeat(1001)}: name ${'a'.repeat(1001)}: nickname b: ${'n'.repeat(1001)} b: barkVolume } }
    `],
    ['many subfield conflicts keep a short reason and at most twenty nodes a side', `
      { dog { mother { ${Array.from({ length: 40 }, (_, i) => `f${i}: name`).join(' ')} } mother { ${Array.from({ length: 40 }, (_, i) => `f${i}: nickname`).join(' ')} } } }
    `],
    // graphql-js 16.15 charges each comparison to a budget of 500,000 and gives up past it.
    ['a selection of seven hundred and ten identical fields aborts validation', `
      { dog { ${'name '.repeat(710)}} }
    `],
    ['a selection of seven hundred identical fields is still compared', `
      { dog { ${'name '.repeat(700)}} }
    `],
  ],
};
