using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private sealed class Recorder(Func<Node, bool>? enter = null) : Visitor
    {
        public List<string> Events { get; } = [];

        protected override bool Enter(Node node)
        {
            Events.Add("enter " + Describe(node));
            return enter?.Invoke(node) ?? true;
        }

        protected override void Leave(Node node) => Events.Add("leave " + Describe(node));

        private static string Describe(Node node) => node is NameNode name ? "Name " + name.Value : node.Kind.ToString();
    }

    [Fact]
    public void Visit_EntersAndLeavesInSourceOrder()
    {
        var recorder = new Recorder();
        recorder.Visit(TestDocuments.Parse("{ a: b(x: 1) @d }"));
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
                "leave Name a", "enter Name b", "leave Name b", "enter Argument", "enter Name x", "leave Name x",
                "enter IntValue", "leave IntValue", "leave Argument", "enter Directive", "enter Name d", "leave Name d",
                "leave Directive", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Enter_ReturningFalse_SkipsChildrenAndLeave()
    {
        var recorder = new Recorder(node => node.Kind != NodeKind.Field);
        recorder.Visit(TestDocuments.Parse("{ a { b } }"));
        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            recorder.Events);
    }

    [Fact]
    public void Visit_ReachesEveryNodeOfTheKitchenSinks()
    {
        foreach (var name in new[] { "kitchen-sink-query.graphql", "kitchen-sink-schema.graphql" })
        {
            var recorder = new Recorder();
            var document = TestDocuments.Parse(TestDocuments.ReadCorpus(name));
            recorder.Visit(document);
            var kinds = recorder.Events.Where(e => e.StartsWith("enter ", StringComparison.Ordinal)).Select(e => e.Split(' ')[1]).ToHashSet();
            var expected = name.Contains("query", StringComparison.Ordinal)
                ? new[] { "OperationDefinition", "VariableDefinition", "FragmentSpread", "InlineFragment", "FragmentDefinition", "ObjectValue", "ObjectField", "ListValue", "EnumValue", "FloatValue", "BooleanValue", "NullValue", "NonNullType", "ListType" }
                : new[] { "SchemaDefinition", "OperationTypeDefinition", "InterfaceTypeDefinition", "FieldDefinition", "InputValueDefinition", "UnionTypeDefinition", "EnumValueDefinition", "DirectiveDefinition", "SchemaExtension", "InputObjectTypeExtension", "EnumTypeExtension" };
            Assert.Subset(kinds, expected.ToHashSet());
            Assert.Equal(recorder.Events.Count(e => e.StartsWith("enter", StringComparison.Ordinal)), recorder.Events.Count(e => e.StartsWith("leave", StringComparison.Ordinal)));
        }
    }
}
