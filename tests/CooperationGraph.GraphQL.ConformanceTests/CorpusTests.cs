namespace CooperationGraph.GraphQL.ConformanceTests;

/// <summary>The corpus covers what it promises: every validation rule of graphql-js 16, each group of concerns.</summary>
public sealed class CorpusTests
{
    // graphql-js 16's specifiedRules, named without the "Rule" suffix as the case names use them.
    public static TheoryData<string> ValidationRules() => new(
        "ExecutableDefinitions", "UniqueOperationNames", "LoneAnonymousOperation", "SingleFieldSubscriptions", "KnownTypeNames",
        "FragmentsOnCompositeTypes", "VariablesAreInputTypes", "ScalarLeafs", "FieldsOnCorrectType", "UniqueFragmentNames",
        "KnownFragmentNames", "NoUnusedFragments", "PossibleFragmentSpreads", "NoFragmentCycles", "UniqueVariableNames",
        "NoUndefinedVariables", "NoUnusedVariables", "KnownDirectives", "UniqueDirectivesPerLocation", "KnownArgumentNames",
        "UniqueArgumentNames", "ValuesOfCorrectType", "ProvidedRequiredArguments", "VariablesInAllowedPosition",
        "OverlappingFieldsCanBeMerged", "UniqueInputFieldNames", "MaxIntrospectionDepth");

    [Theory]
    [MemberData(nameof(ValidationRules))]
    public void Every_validation_rule_has_a_valid_case_and_several_invalid_ones(string rule)
    {
        var names = ConformanceCorpus.Cases.Where(c => c.Id.StartsWith($"validation/{rule} ", StringComparison.Ordinal)).Select(c => c.Id).ToList();
        Assert.Contains(names, name => name.StartsWith($"validation/{rule} valid", StringComparison.Ordinal));
        Assert.True(names.Count(name => !name.Contains(" valid", StringComparison.Ordinal)) >= 2, $"{rule} has fewer than two invalid cases.");
    }

    [Theory]
    [InlineData("execution", 50)]
    [InlineData("validation", 100)]
    [InlineData("variables", 80)]
    [InlineData("null-propagation", 20)]
    [InlineData("result-coercion", 30)]
    [InlineData("syntax", 40)]
    [InlineData("operations", 10)]
    [InlineData("introspection", 20)]
    public void Each_group_has_its_share_of_cases(string group, int minimum) =>
        Assert.True(ConformanceCorpus.Cases.Count(c => c.Id.StartsWith(group + "/", StringComparison.Ordinal)) >= minimum, $"{group} has fewer than {minimum} cases.");

    [Fact]
    public void Known_disagreements_name_existing_cases_with_a_reason()
    {
        foreach (var (caseId, reason) in ConformanceCorpus.KnownDisagreements)
        {
            Assert.Contains(ConformanceCorpus.Cases, c => c.Id == caseId);
            Assert.False(string.IsNullOrWhiteSpace(reason), $"\"{caseId}\" needs a reason.");
        }
    }

    [Fact]
    public void The_full_introspection_query_asks_for_every_optional_part()
    {
        var query = ConformanceCorpus.Find("introspection/full introspection query all options").Query;
        // As getIntrospectionQuery({ descriptions, specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf }) writes it.
        foreach (var part in new[] { "__schema {\n        description", "specifiedByURL", "isRepeatable", "isOneOf", "inputFields(includeDeprecated: true)", "args(includeDeprecated: true)" })
        {
            Assert.Contains(part, query, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_main_schema_is_sdl_any_graphql_js_16_parses_with_the_default_options()
    {
        // Only schema-directive-deprecation.graphql needs experimentalDirectivesOnDirectiveDefinitions.
        var definitions = CooperationGraph.GraphQL.Language.Parser.Parse(File.ReadAllText(ConformanceCorpus.SchemaPath)).Definitions;

        Assert.Contains(definitions, d => d is CooperationGraph.GraphQL.Language.Ast.DirectiveDefinitionNode);
    }

    [Fact]
    public void A_case_file_may_name_the_schema_its_cases_are_asked_of()
    {
        var deprecation = ConformanceCorpus.Cases.Where(c => c.Id.StartsWith("directive-deprecation/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(deprecation);
        Assert.All(deprecation, c => Assert.Equal("schema-directive-deprecation.graphql", c.Schema));
        Assert.All(ConformanceCorpus.Cases.Except(deprecation), c => Assert.Equal(ConformanceCorpus.DefaultSchema, c.Schema));
    }
}
