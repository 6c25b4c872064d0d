using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class NameTableTests
{
    [Fact]
    public void Parses_of_the_same_names_share_one_string()
    {
        var first = (OperationDefinitionNode)Parser.Parse("{ sharedNameForTheTableTest }").Definitions[0];
        var second = (OperationDefinitionNode)Parser.Parse("query Q { other: sharedNameForTheTableTest }").Definitions[0];

        var a = ((FieldNode)first.SelectionSet.Selections[0]).Name.Value;
        var b = ((FieldNode)second.SelectionSet.Selections[0]).Name.Value;
        Assert.Equal("sharedNameForTheTableTest", a);
        Assert.Same(a, b);
    }

    [Fact]
    public void Names_longer_than_the_table_keeps_are_still_read_whole()
    {
        var longName = "n" + new string('x', 200);

        Assert.Equal(longName, NameTable.Get(longName));
        Assert.NotSame(NameTable.Get(longName), NameTable.Get(longName));
    }
}
