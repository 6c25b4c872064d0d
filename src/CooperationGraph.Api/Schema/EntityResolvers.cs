using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds the fields of every entity object type from its plan: the same declarations its SDL is printed from.</summary>
internal static class EntityResolvers
{
    public static void Bind(SchemaBindings bindings, IReadOnlyList<EntityTypePlan> plans)
    {
        foreach (var plan in plans.Where(plan => !plan.IsInterface))
        {
            FieldDeclaration.Bind(bindings, plan.Name, plan.Fields);
        }
    }
}
