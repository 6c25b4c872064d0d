using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class NameTableTests
{
    [Fact]
    public void The_same_name_read_twice_is_one_string()
    {
        var table = new NameTable(capacity: 8);

        var a = table.Get("sharedName".AsSpan());
        var b = table.Get("query sharedName".AsSpan(6));

        Assert.Equal("sharedName", a);
        Assert.Same(a, b);
    }

    [Fact]
    public void Parsed_names_are_read_whole_and_equal()
    {
        // The shared table may be cleared by other tests at any moment, so only values are compared here.
        var first = (OperationDefinitionNode)Parser.Parse("{ sharedNameForTheTableTest }").Definitions[0];
        var second = (OperationDefinitionNode)Parser.Parse("query Q { other: sharedNameForTheTableTest }").Definitions[0];

        Assert.Equal("sharedNameForTheTableTest", ((FieldNode)first.SelectionSet.Selections[0]).Name.Value);
        Assert.Equal("sharedNameForTheTableTest", ((FieldNode)second.SelectionSet.Selections[0]).Name.Value);
    }

    [Fact]
    public void A_full_table_starts_over_and_shares_new_names_again()
    {
        var table = new NameTable(capacity: 4);
        for (var i = 0; i < 10; i++)
        {
            table.Get($"madeUp{i}".AsSpan());
        }

        var a = table.Get("field".AsSpan());
        var b = table.Get("field".AsSpan());

        Assert.Same(a, b);
    }

    [Fact]
    public void Names_longer_than_the_table_keeps_are_still_read_whole()
    {
        var table = new NameTable(capacity: 8);
        var longName = "n" + new string('x', NameTable.MaxNameLength + 1);

        Assert.Equal(longName, table.Get(longName));
        Assert.NotSame(table.Get(longName), table.Get(longName));
    }
}
