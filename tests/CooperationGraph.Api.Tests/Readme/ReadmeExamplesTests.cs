using System.Text.Json.Nodes;
using CooperationGraph.Api.Tests.Integration;

namespace CooperationGraph.Api.Tests.Readme;

/// <summary>
/// Keeps the README honest: each example query runs against the service over HTTP and must answer exactly the output
/// shown under it. After an intended change, <c>UPDATE_README_EXAMPLES=1</c> rewrites the outputs; review the diff.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class ReadmeExamplesTests(SeededHost host)
{
    private static readonly Lock s_readmeGate = new();

    public static TheoryData<string> Names => new(ReadmeExamples.Read(File.ReadAllText(ReadmeExamples.Path())).Select(example => example.Name));

    [Fact]
    public void The_readme_shows_the_four_questions_of_a_new_user()
    {
        var names = ReadmeExamples.Read(File.ReadAllText(ReadmeExamples.Path())).Select(example => example.Name);
        Assert.Equal(["CoBuiltLabs", "WuzhouGreaterBayAreaPartners", "FundsByAmount", "Dashboard"], names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task An_example_answers_the_output_the_readme_shows(string name)
    {
        var readme = File.ReadAllText(ReadmeExamples.Path());
        var example = ReadmeExamples.Read(readme).Single(example => example.Name == name);
        var response = JsonNode.Parse((await host.ResponseAsync(example.Query)).GetRawText())!.AsObject();
        Assert.Null(response["errors"]);
        // The README shows the answer; the cost report beside it (extensions.cost) is CostLimitTests' to check.
        response.Remove("extensions");
        if (Environment.GetEnvironmentVariable("UPDATE_README_EXAMPLES") == "1")
        {
            // Examples share the file: rewrite it under a lock so parallel theories do not lose each other's updates.
            lock (s_readmeGate)
            {
                var current = File.ReadAllText(ReadmeExamples.Path());
                File.WriteAllText(ReadmeExamples.Path(), ReadmeExamples.WithOutput(current, name, ReadableJson.Write(response)));
            }

            return;
        }

        var shown = JsonNode.Parse(example.Output);
        Assert.True(JsonNode.DeepEquals(shown, response), $"README.md shows for {name}:\n{example.Output}\nbut the service answers:\n{ReadableJson.Write(response)}");
    }
}
