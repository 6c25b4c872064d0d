using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class TypeComparatorsTests
{
    private static readonly GraphQLSchema Schema = BuildSchema.FromSdl("""
        interface Node { id: ID }
        interface Named implements Node { id: ID name: String }
        type Person implements Named & Node { id: ID name: String }
        type Robot implements Node { id: ID }
        type Plant { id: ID }
        union Living = Person | Plant
        union Machine = Robot
        type Query { node: Node }
        """);

    private static GraphQLNamedType T(string name) => Schema.GetType(name)!;

    [Fact]
    public void Equal_types_have_the_same_wrappers_around_the_same_named_type()
    {
        Assert.True(TypeComparators.IsEqualType(new GraphQLList(new GraphQLNonNull(T("Person"))), new GraphQLList(new GraphQLNonNull(T("Person")))));
        Assert.False(TypeComparators.IsEqualType(new GraphQLList(T("Person")), new GraphQLList(new GraphQLNonNull(T("Person")))));
        Assert.False(TypeComparators.IsEqualType(T("Person"), T("Robot")));
    }

    [Fact]
    public void Subtypes_follow_non_null_list_and_abstract_rules()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLNonNull(T("Person")), T("Person")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Person"), new GraphQLNonNull(T("Person"))));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Person"), T("Node")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Named"), T("Node")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLList(new GraphQLNonNull(T("Person"))), new GraphQLList(T("Named"))));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLList(T("Person")), T("Person")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, T("Plant"), T("Node")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, T("Plant"), T("Living")));
    }

    [Fact]
    public void Types_overlap_when_some_object_type_belongs_to_both()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Node"), T("Living")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Living"), T("Person")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, T("Person"), T("Named")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Machine"), T("Living")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Plant"), T("Node")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, T("Plant"), T("Person")));
    }
}
