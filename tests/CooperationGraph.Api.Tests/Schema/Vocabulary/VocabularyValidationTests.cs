namespace CooperationGraph.Api.Tests.Schema.Vocabulary;

/// <summary>A misspelt label, relationship type or sort field is refused before anything runs, with the valid value suggested.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class VocabularyValidationTests(SeededGraph graph)
{
    [Theory]
    [InlineData("{ entities(label: Labs) { totalCount } }", "EntityLabel", "\"Lab\"")]
    [InlineData("{ relationshipCounts(by: TYPE, types: [FUND]) { key } }", "RelationshipType", "\"FUNDS\"")]
    [InlineData("{ entities(orderBy: [{field: nameEN}]) { totalCount } }", "EntitySortField", "\"nameEn\"")]
    [InlineData("{ entities(orderBy: [{field: anualAmount, direction: DESC}]) { totalCount } }", "EntitySortField", "\"annualAmount\"")]
    [InlineData("{ documents(orderBy: [{field: dates}]) { totalCount } }", "DocumentSortField", "\"date\"")]
    [InlineData("{ entityCounts(by: PROPERTY, property: levl) { key } }", "EntityProperty", "\"level\"")]
    [InlineData("{ entityCounts(by: LABEL, sumOf: anualAmount) { key } }", "AmountProperty", "\"annualAmount\"")]
    public async Task A_typo_is_a_validation_error_naming_the_valid_value(string query, string enumName, string suggestion)
    {
        var response = await graph.ResponseAsync(query);
        Assert.False(response.TryGetProperty("data", out _), "a validation error leaves no data: " + response);
        var message = response.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains(enumName, message, StringComparison.Ordinal);
        Assert.Contains("Did you mean", message, StringComparison.Ordinal);
        Assert.Contains(suggestion, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sort_field_written_as_a_string_is_refused_with_the_enum_value_suggested()
    {
        var error = await graph.ErrorAsync("""{ entities(orderBy: [{field: "name"}]) { totalCount } }""");
        Assert.Contains("Did you mean the enum value \"name\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_sort_only_by_what_a_document_has()
    {
        // Sorting by the enum values themselves is covered where sorting is (RootFieldTests, EntityFilterOperatorTests).
        var error = await graph.ErrorAsync("{ documents(orderBy: [{field: annualAmount}]) { totalCount } }");
        Assert.Contains("DocumentSortField", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
