using System.Text.Json;

namespace CooperationGraph.Api.Tests.Schema.Vocabulary;

/// <summary><c>labels</c> and <c>relationshipTypes</c> answer from graph-schema/model.yaml and count the seeded graph.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ModelFieldsTests(SeededGraph graph)
{
    [Fact]
    public async Task Labels_list_every_label_of_the_model_but_the_root_in_model_order()
    {
        var data = await graph.DataAsync("{ labels { name } }");
        var names = data.GetProperty("labels").EnumerateArray().Select(label => label.GetProperty("name").GetString()).ToArray();
        Assert.Equal(graph.Model.NodeLabels.Select(label => label.Name).Where(name => name != "Entity"), names);
    }

    [Fact]
    public async Task A_label_says_its_meaning_term_role_and_place_in_the_hierarchy()
    {
        var labels = await LabelsAsync();
        var university = labels["University"];
        Assert.Equal("Universities, colleges and vocational schools", university.GetProperty("meaning").GetProperty("en").GetString());
        Assert.Equal("高等学校及职业院校", university.GetProperty("chineseTerm").GetString());
        Assert.Equal("ACTOR", university.GetProperty("role").GetString());
        Assert.Equal("Organisation", university.GetProperty("parent").GetString());
        Assert.False(university.GetProperty("abstract").GetBoolean());

        var money = labels["FinancingInstrument"];
        Assert.True(money.GetProperty("abstract").GetBoolean());
        Assert.Equal(JsonValueKind.Null, money.GetProperty("parent").ValueKind);
        Assert.Equal("ARTEFACT", money.GetProperty("role").GetString());
        Assert.Equal(["Fund", "FinancialProduct"], money.GetProperty("children").EnumerateArray().Select(child => child.GetString()));
    }

    [Theory]
    [InlineData("Organisation")]
    [InlineData("FinancingInstrument")]
    [InlineData("Lab")]
    [InlineData("Document")]
    public async Task A_labels_entity_count_is_what_entities_of_that_label_count(string label)
    {
        var labels = await LabelsAsync();
        var data = await graph.DataAsync($"{{ entities(label: {label}) {{ totalCount }} }}");
        var total = data.GetProperty("entities").GetProperty("totalCount").GetInt32();
        Assert.True(total > 0, $"the seed data has {label} entities");
        Assert.Equal(total, labels[label].GetProperty("entityCount").GetInt32());
    }

    [Fact]
    public async Task A_relationship_type_says_its_meaning_role_endpoints_and_count()
    {
        var data = await graph.DataAsync("""
            {
              relationshipTypes { name meaning { en zh } chineseTerm role from to relationshipCount }
              relationshipCounts(by: TYPE) { key count }
            }
            """);
        var types = data.GetProperty("relationshipTypes").EnumerateArray().ToDictionary(type => type.GetProperty("name").GetString()!);
        Assert.Equal(graph.Model.RelationshipTypes.Select(type => type.Name), types.Keys);

        var funds = types["FUNDS"];
        Assert.Equal("出资、资助", funds.GetProperty("chineseTerm").GetString());
        Assert.Equal("SUPPORT", funds.GetProperty("role").GetString());
        Assert.Equal(["Organisation", "FinancingInstrument", "Programme"], funds.GetProperty("from").EnumerateArray().Select(label => label.GetString()));

        // The root Entity stands as the labels right under it.
        var locatedIn = types["LOCATED_IN"].GetProperty("from").EnumerateArray().Select(label => label.GetString()).ToArray();
        Assert.Contains("Organisation", locatedIn);
        Assert.Contains("Event", locatedIn);
        Assert.DoesNotContain("Entity", locatedIn);

        var counted = data.GetProperty("relationshipCounts").EnumerateArray().ToDictionary(bucket => bucket.GetProperty("key").GetString()!, bucket => bucket.GetProperty("count").GetInt32());
        Assert.NotEmpty(counted);
        foreach (var (type, count) in counted)
        {
            Assert.Equal(count, types[type].GetProperty("relationshipCount").GetInt32());
        }
    }

    private async Task<Dictionary<string, JsonElement>> LabelsAsync()
    {
        var data = await graph.DataAsync("{ labels { name meaning { en zh } chineseTerm role parent abstract children entityCount } }");
        return data.GetProperty("labels").EnumerateArray().ToDictionary(label => label.GetProperty("name").GetString()!);
    }
}
