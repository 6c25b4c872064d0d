using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.GraphQL.Tests.Language;

public sealed class SchemaParserTests
{
    private static readonly DocumentNode KitchenSink = TestDocuments.Parse(TestDocuments.ReadCorpus("kitchen-sink-schema.graphql"));

    private static T Definition<T>(Func<T, bool>? where = null)
        where T : DefinitionNode =>
        KitchenSink.Definitions.OfType<T>().First(d => where is null || where(d));

    [Fact]
    public void SchemaDefinition_HasDescriptionDirectivesAndRootTypes()
    {
        var schema = Definition<SchemaDefinitionNode>();
        Assert.Equal("The cooperation schema.", schema.Description!.Value);
        Assert.Equal("link", schema.Directives[0].Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Interfaces_MayImplementInterfaces()
    {
        var entity = Definition<InterfaceTypeDefinitionNode>(i => i.Name.Value == "Entity");
        Assert.Equal(["Node", "Named"], entity.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", entity.Directives[0].Name.Value);
    }

    [Fact]
    public void ObjectFields_HaveArgumentsWithDefaultsDescriptionsAndDirectives()
    {
        var institution = Definition<ObjectTypeDefinitionNode>(o => o.Name.Value == "Institution");
        var name = institution.Fields.Single(f => f.Name.Value == "name");
        Assert.Equal("The institution's name.", name.Description!.Value);
        Assert.Equal("zh-CN", Assert.IsType<StringValueNode>(name.Arguments[0].DefaultValue).Value);
        Assert.Equal("deprecated", name.Arguments[1].Directives[0].Name.Value);
        var partners = institution.Fields.Single(f => f.Name.Value == "partners");
        Assert.Equal("How many to return.", partners.Arguments[0].Description!.Value);
        Assert.Equal("[Institution!]!", Printer.Print(partners.Type));
    }

    [Fact]
    public void EmptyTypesAndUnions_AreAllowed()
    {
        Assert.Empty(Definition<ObjectTypeDefinitionNode>(o => o.Name.Value == "Empty").Fields);
        Assert.Empty(Definition<UnionTypeDefinitionNode>(u => u.Name.Value == "Never").Types);
        var union = Definition<UnionTypeDefinitionNode>(u => u.Name.Value == "SearchResult");
        Assert.Equal(["Institution", "Lab"], union.Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Directives_RecordRepeatableAndLocations()
    {
        var tag = Definition<DirectiveDefinitionNode>(d => d.Name.Value == "tag");
        Assert.True(tag.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE", "QUERY", "VARIABLE_DEFINITION"], tag.Locations.Select(l => l.Value));
        Assert.False(Definition<DirectiveDefinitionNode>(d => d.Name.Value == "cost").Repeatable);
    }

    [Fact]
    public void EnumsAndInputs_HaveValuesAndFields()
    {
        var sector = Definition<EnumTypeDefinitionNode>();
        Assert.Equal(["AI", "NEW_ENERGY", "MARINE"], sector.Values.Select(v => v.Name.Value));
        Assert.Equal("Marine economy", sector.Values[2].Description!.Value);
        var filter = Definition<InputObjectTypeDefinitionNode>();
        Assert.Equal("oneOf", filter.Directives[0].Name.Value);
        Assert.Equal("[[InstitutionFilter!]]", Printer.Print(filter.Fields[2].Type));
    }

    [Fact]
    public void Extensions_OfEveryKind()
    {
        Assert.Equal(
            [
                NodeKind.SchemaExtension, NodeKind.SchemaExtension, NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension,
                NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeExtension,
                NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
            ],
            KitchenSink.Definitions.OfType<TypeSystemExtensionNode>().Select(e => e.Kind));
        var extendedType = Definition<ObjectTypeExtensionNode>();
        Assert.Equal(("Institution", "Audited", "audited"), (extendedType.Name.Value, extendedType.Interfaces[0].Name.Value, extendedType.Fields[0].Name.Value));
        Assert.Equal("Mutation", KitchenSink.Definitions.OfType<SchemaExtensionNode>().ElementAt(1).OperationTypes[0].Type.Name.Value);
    }
}
