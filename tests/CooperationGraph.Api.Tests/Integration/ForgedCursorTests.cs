using System.Text;
using CooperationGraph.Domain.Store;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>A cursor the API did not issue is refused the same way whether it is passed as <c>after</c> or <c>before</c>.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class ForgedCursorTests(SeededHost host)
{
    public static TheoryData<string, string> Forgeries() => new()
    {
        { "a store cursor that is not one", Cursor("c2:1:5:garbage") },
        { "a store cursor pointing elsewhere than the edge's page", Cursor($"c2:1:5:{PageCursor.Encode(3)}") },
        { "no store cursor past the first page", Cursor("c2:1:5:") },
        { "not base64", "%%%" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Entities_refuse_a_forged_cursor_both_ways(string forgery, string cursor)
    {
        foreach (var argument in new[] { "after", "before" })
        {
            var error = await host.ErrorAsync($$"""{ entities(label: Region, first: 3, {{argument}}: "{{cursor}}") { nodes { id } } }""");

            Assert.True(error.GetProperty("extensions").GetProperty("code").GetString() == "BAD_USER_INPUT", $"{forgery} as {argument}: {error}");
            Assert.StartsWith(argument + ":", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_list_read_whole_refuses_a_cursor_naming_a_store_page_both_ways()
    {
        var cursor = Cursor($"c2:1:1000:{PageCursor.Encode(1000)}");
        foreach (var argument in new[] { "after", "before" })
        {
            var error = await host.ErrorAsync(
                $$"""{ node(id: "org:gx-dost") { ... on Entity { relationsConnection(first: 2, {{argument}}: "{{cursor}}") { totalCount } } } }""");

            Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private static string Cursor(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
