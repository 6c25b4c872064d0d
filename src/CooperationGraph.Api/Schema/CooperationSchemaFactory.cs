using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Api.Schema.Documents;
using CooperationGraph.Api.Schema.Partners;
using CooperationGraph.Api.Schema.Vocabulary;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Model;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Builds the cooperation schema from the graph model: the fixed core plus one type per label.</summary>
internal static class CooperationSchemaFactory
{
    public static string Sdl(GraphModel model)
    {
        var enumNames = EntityTypePlanner.EnumNames(model);
        string[] parts =
        [
            CostDirectives.Sdl, CoreSdl.Text, FilterSdl.Text, ConnectionSdl.Text, ExplorationSdl.Text, PartnersSdl.Text, DocumentsSdl.Text,
            LabelSdl.Write(EntityTypePlanner.Plan(model, enumNames), enumNames), VocabularySdl.Write(model),
        ];
        return string.Join("\n", parts)
            + (AnalyticsSdl.Text.Length == 0 ? "" : "\n" + AnalyticsSdl.Text);
    }

    public static GraphQLSchema Create(GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var enumNames = EntityTypePlanner.EnumNames(model);
        var plans = EntityTypePlanner.Plan(model, enumNames);
        var bindings = new SchemaBindings();
        EntityResolvers.Bind(bindings, plans);
        ValueResolvers.Bind(bindings);
        ConnectionResolvers.Bind(bindings);
        var analytics = new AnalyticsContext(CooperationVocabulary.FromModel(model));
        var where = new WhereTranslator(model, analytics);
        QueryResolvers.Bind(bindings, where);
        ExplorationResolvers.Bind(bindings, where, model, analytics);
        PartnersResolvers.Bind(bindings, analytics, plans.Select(plan => plan.Name));
        DocumentResolvers.Bind(bindings);
        SubscriptionResolvers.Bind(bindings);
        VocabularySdl.Bind(bindings, model);
        AnalyticsResolvers.Bind(bindings, analytics);
        foreach (var (property, name) in enumNames)
        {
            bindings.Enum(name, property.EnumValues.ToDictionary(SchemaNames.EnumValue, value => (object)value, StringComparer.Ordinal));
        }

        var knownTypes = plans.Where(plan => !plan.IsInterface).Select(plan => plan.Name).ToHashSet(StringComparer.Ordinal);
        TypeResolver byLabel = (value, _, _) => value is GraphNode node && knownTypes.Contains(node.Label) ? node.Label : null;
        foreach (var abstractType in plans.Where(plan => plan.IsInterface).Select(plan => plan.Name).Append("Node").Append("Entity"))
        {
            bindings.ResolveType(abstractType, byLabel);
        }

        var schema = BuildSchema.FromSdl(Sdl(model), bindings);
        CostWeights.Apply(schema);
        var problems = schema.Validate();
        return problems.Count == 0
            ? schema
            : throw new InvalidOperationException("The generated schema is invalid:\n" + string.Join('\n', problems.Select(problem => problem.Message)));
    }
}
