using CooperationGraph.GraphQL.Language;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class SourceTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\rb\n\nc", 5, 4, 1)]
    [InlineData("ab", 99, 1, 3)]
    public void GetLocation_CountsEveryLineTerminatorKind(string body, int position, int line, int column)
    {
        Assert.Equal(new SourceLocation(line, column), new Source(body).GetLocation(position));
    }

    [Fact]
    public void Name_DefaultsToGraphQLRequest()
    {
        Assert.Equal("GraphQL request", new Source("{a}").Name);
        Assert.Equal("file.graphql", new Source("{a}", "file.graphql").Name);
    }
}
