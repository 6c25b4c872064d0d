using CooperationGraph.Api.Schema;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.Tests.Schema.Declarations;

/// <summary>Adding a field to a label is one declaration: the label's type and its descendants print it and bind its resolver.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class LabelFieldTests(SeededGraph graph)
{
    [Fact]
    public void One_declaration_adds_a_field_to_a_label_and_its_descendants()
    {
        var motto = new FieldDeclaration("motto", "String", "What the body says it stands for.", _ => "求是");
        var schema = CooperationSchemaFactory.Create(graph.Model, [.. LabelFields.All, new LabelField("Organisation", motto)]);

        foreach (var type in new[] { "Organisation", "University", "GovernmentAgency" })
        {
            var field = ((GraphQLFieldsType)schema.GetType(type)!).GetField("motto");
            Assert.NotNull(field);
            Assert.Equal("What the body says it stands for.", field.Description);
        }

        // Bound on every object type (Create refuses a field without a resolver), and on no other label.
        var university = ((GraphQLObjectType)schema.GetType("University")!).GetField("motto")!;
        Assert.Same(motto.Resolve, university.Resolve);
        Assert.Null(((GraphQLObjectType)schema.GetType("Lab")!).GetField("motto"));
    }

    [Fact]
    public void The_label_fields_in_service_are_on_their_labels_only()
    {
        var schema = graph.Engine.Schema;
        Assert.NotNull(((GraphQLObjectType)schema.GetType("Region")!).GetField("parent"));
        Assert.NotNull(((GraphQLObjectType)schema.GetType("Document")!).GetField("entitiesStated"));
        Assert.Null(((GraphQLObjectType)schema.GetType("University")!).GetField("parent"));
    }
}
