using CooperationGraph.GraphQL.Validation.Rules;

namespace CooperationGraph.GraphQL.Validation;

/// <summary>
/// The validation rules of the specification's Validation section, in graphql-js's <c>specifiedRules</c> order, followed
/// as there by the recommended MaxIntrospectionDepth rule.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Every rule for executable documents; the default of <see cref="DocumentValidator.Validate"/>.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        ValidationRule.Create("ExecutableDefinitions", static c => new ExecutableDefinitionsRule(c)),
        ValidationRule.Create("UniqueOperationNames", static c => new UniqueOperationNamesRule(c)),
        ValidationRule.Create("LoneAnonymousOperation", static c => new LoneAnonymousOperationRule(c)),
        ValidationRule.Create("SingleFieldSubscriptions", static c => new SingleFieldSubscriptionsRule(c)),
        ValidationRule.Create("KnownTypeNames", static c => new KnownTypeNamesRule(c)),
        ValidationRule.Create("FragmentsOnCompositeTypes", static c => new FragmentsOnCompositeTypesRule(c)),
        ValidationRule.Create("VariablesAreInputTypes", static c => new VariablesAreInputTypesRule(c)),
        ValidationRule.Create("ScalarLeafs", static c => new ScalarLeafsRule(c)),
        ValidationRule.Create("FieldsOnCorrectType", static c => new FieldsOnCorrectTypeRule(c)),
        ValidationRule.Create("UniqueFragmentNames", static c => new UniqueFragmentNamesRule(c)),
        ValidationRule.Create("KnownFragmentNames", static c => new KnownFragmentNamesRule(c)),
        ValidationRule.Create("NoUnusedFragments", static c => new NoUnusedFragmentsRule(c)),
        ValidationRule.Create("PossibleFragmentSpreads", static c => new PossibleFragmentSpreadsRule(c)),
        ValidationRule.Create("NoFragmentCycles", static c => new NoFragmentCyclesRule(c)),
        ValidationRule.Create("UniqueVariableNames", static c => new UniqueVariableNamesRule(c)),
        ValidationRule.Create("NoUndefinedVariables", static c => new NoUndefinedVariablesRule(c)),
        ValidationRule.Create("NoUnusedVariables", static c => new NoUnusedVariablesRule(c)),
        ValidationRule.Create("KnownDirectives", static c => new KnownDirectivesRule(c)),
        ValidationRule.Create("UniqueDirectivesPerLocation", static c => new UniqueDirectivesPerLocationRule(c)),
        ValidationRule.Create("KnownArgumentNames", static c => new KnownArgumentNamesRule(c)),
        ValidationRule.Create("UniqueArgumentNames", static c => new UniqueArgumentNamesRule(c)),
        ValidationRule.Create("ValuesOfCorrectType", static c => new ValuesOfCorrectTypeRule(c)),
        ValidationRule.Create("ProvidedRequiredArguments", static c => new ProvidedRequiredArgumentsRule(c)),
        ValidationRule.Create("VariablesInAllowedPosition", static c => new VariablesInAllowedPositionRule(c)),
        ValidationRule.Create("OverlappingFieldsCanBeMerged", static c => new OverlappingFieldsCanBeMergedRule(c)),
        ValidationRule.Create("UniqueInputFieldNames", static c => new UniqueInputFieldNamesRule(c)),

        // Not in the specification's text, but in graphql-js's specifiedRules (its "recommended" rules) since 16.9.
        ValidationRule.Create("MaxIntrospectionDepth", static c => new MaxIntrospectionDepthRule(c)),
    ];

    /// <summary>Finds a specified rule by name, e.g. <c>NoUnusedFragments</c>.</summary>
    /// <param name="name">The rule's name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No specified rule has that name.</exception>
    public static ValidationRule Get(string name)
    {
        foreach (var rule in All)
        {
            if (rule.Name == name)
            {
                return rule;
            }
        }

        throw new ArgumentException($"No specified validation rule is named \"{name}\".", nameof(name));
    }
}
