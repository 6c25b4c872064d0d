using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Field_WithAliasArgumentsDirectivesAndSelections()
    {
        var document = TestDocuments.Parse("query Q($id: ID! = 4 @v) @op { alias: node(id: $id, n: [1, 2.5]) @include(if: true) { id } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal((OperationType.Query, "Q"), (operation.Operation, operation.Name!.Value));
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("id", variable.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(variable.Type).Type).Name.Value);
        Assert.Equal("4", Assert.IsType<IntValueNode>(variable.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(variable.Directives).Name.Value);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("alias", "node", "alias"), (field.Alias!.Value, field.Name.Value, field.ResponseKey));
        Assert.Equal(["id", "n"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("id", Assert.IsType<VariableNode>(field.Arguments[0].Value).Name.Value);
        var list = Assert.IsType<ListValueNode>(field.Arguments[1].Value);
        Assert.Equal("2.5", Assert.IsType<FloatValueNode>(list.Values[1]).Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("id", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Fragments_SpreadInlineAndDefinition()
    {
        var document = TestDocuments.Parse("{ ...F @d ... on T { a } ... @skip(if: false) { b } } fragment F on T { c }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("F", "d"), (spread.Name.Value, spread.Directives[0].Name.Value));
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("skip", untyped.Directives[0].Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
    }

    [Fact]
    public void Keywords_AreOrdinaryNamesInFieldsAndArguments()
    {
        var document = TestDocuments.Parse("{ query mutation: subscription fragment(on: on, true: null) on: type }");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToList();
        Assert.Equal(["query", "subscription", "fragment", "type"], fields.Select(f => f.Name.Value));
        Assert.Equal("on", Assert.IsType<EnumValueNode>(fields[2].Arguments[0].Value).Value);
        Assert.IsType<NullValueNode>(fields[2].Arguments[1].Value);
    }

    [Fact]
    public void Descriptions_OnExecutableDefinitionsAndVariables()
    {
        var document = TestDocuments.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.True(fragment.Description!.Block);
        Assert.Equal("frag", fragment.Description.Value);
    }

    [Fact]
    public void Locations_RecordOffsetsAndTheFirstTokensLineAndColumn()
    {
        const string text = "\n  { node(id: 4) {\n    id } }";
        var document = TestDocuments.Parse(text);
        Assert.Equal((0, text.Length), (document.Location!.Start, document.Location.End));
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal((3, text.Length, 2, 3), (operation.Location!.Start, operation.Location.End, operation.Location.Line, operation.Location.Column));
        var node = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal("node(id: 4) {\n    id }", text[node.Location!.Start..node.Location.End]);
        var id = (FieldNode)node.SelectionSet!.Selections[0];
        Assert.Equal((3, 5), (id.Location!.Line, id.Location.Column));
        Assert.Same(document.Location.Source, id.Location.Source);
    }

    [Fact]
    public void NoLocation_LeavesLocationsNull()
    {
        var document = TestDocuments.Parse("{ a(x: 1) }", new ParseOptions { NoLocation = true });
        Assert.Null(document.Location);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void ParseValue_AcceptsVariablesAndNestedValues()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{ a: [1, $v, \"s\", \"\"\"b\"\"\", E, null, true] }"));
        var items = Assert.IsType<ListValueNode>(Assert.Single(value.Fields).Value).Values;
        Assert.Equal(
            [NodeKind.IntValue, NodeKind.Variable, NodeKind.StringValue, NodeKind.StringValue, NodeKind.EnumValue, NodeKind.NullValue, NodeKind.BooleanValue],
            items.Select(i => i.Kind));
        Assert.True(((StringValueNode)items[3]).Block);
    }

    [Fact]
    public void ParseConstValue_RejectsVariables()
    {
        Assert.Equal("[1]", Printer.Print(Parser.ParseConstValue("[1]")));
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseConstValue("[$v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
    }

    [Fact]
    public void ParseValue_RejectsTrailingTokens()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseValue("1 2"));
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", error.Message);
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("[String]", "[String]")]
    [InlineData("[String!]!", "[String!]!")]
    [InlineData("  [ [Int] ! ] ", "[[Int]!]")]
    public void ParseType_ReadsTypeReferences(string text, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.ParseType(text)));
    }

    [Fact]
    public void ParseType_RejectsDoubleBang()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.ParseType("Int!!"));
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", error.Message);
    }

    [Fact]
    public void CorpusDocuments_AllParse()
    {
        foreach (var name in TestDocuments.CorpusNames())
        {
            Assert.NotEmpty(TestDocuments.Parse(TestDocuments.ReadCorpus(name)).Definitions);
        }
    }
}
