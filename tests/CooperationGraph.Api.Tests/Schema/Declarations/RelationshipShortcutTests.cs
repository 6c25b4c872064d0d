using System.Text.Json;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.Tests.Schema.Declarations;

/// <summary>The per-label relationship fields: most deprecated in favour of <c>relations</c>, all still answering.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class RelationshipShortcutTests(SeededGraph graph)
{
    [Theory]
    [InlineData("Lab", "coBuilds", "Use relations(types: [CO_BUILDS], direction: OUT).")]
    [InlineData("Event", "locatedIn", "Use relations(types: [LOCATED_IN], direction: OUT).")]
    [InlineData("Fund", "funds", "Use relations(types: [FUNDS], direction: OUT).")]
    [InlineData("Lab", "coBuiltBy", null)]
    [InlineData("Agreement", "parties", null)]
    [InlineData("Fund", "fundedBy", null)]
    public void A_shortcut_is_deprecated_for_relations_unless_a_dashboard_reads_it(string type, string field, string? reason)
    {
        var declared = ((GraphQLFieldsType)graph.Engine.Schema.GetType(type)!).GetField(field)!;
        Assert.Equal(reason, declared.DeprecationReason);
    }

    [Fact]
    public void Only_the_kept_shortcuts_are_not_deprecated()
    {
        var relationLists = graph.Engine.Schema.TypeMap.Values.OfType<GraphQLObjectType>()
            .SelectMany(type => type.Fields.Values.Where(field =>
                field.Name is not "relations" && field.Arguments.Count == 1 && TypePredicates.GetNamedType(field.Type)?.Name == "Relation"))
            .ToArray();
        Assert.True(relationLists.Length > 100, "every label reads several relationship types");
        Assert.Equal(["coBuiltBy", "fundedBy", "parties"], relationLists.Where(field => field.DeprecationReason is null).Select(field => field.Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_deprecated_shortcut_answers_what_its_replacement_answers()
    {
        var data = await graph.DataAsync("""
            {
              node(id: "fund:yuegui-joint-fund") {
                ... on Fund {
                  funds { id }
                  relations(types: [FUNDS], direction: OUT) { id }
                }
              }
            }
            """);
        var node = data.GetProperty("node");
        var shortcut = Ids(node.GetProperty("funds"));
        Assert.NotEmpty(shortcut);
        Assert.Equal(Ids(node.GetProperty("relations")), shortcut);
    }

    private static string[] Ids(JsonElement relations) => [.. relations.EnumerateArray().Select(relation => relation.GetProperty("id").GetString()!)];
}
