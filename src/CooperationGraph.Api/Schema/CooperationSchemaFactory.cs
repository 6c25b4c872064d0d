using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Api.Schema.Declarations;
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

/// <summary>
/// Builds the cooperation schema from the graph model: the fixed core plus one type per label. Declared fields
/// (<see cref="FieldDeclaration"/>) print their SDL and bind their resolvers from one declaration; fields written as
/// SDL text are bound beside them; <see cref="ResolverCoverage"/> then checks that every field is answered.
/// </summary>
internal static class CooperationSchemaFactory
{
    public static GraphQLSchema Create(GraphModel model) => Create(model, LabelFields.All);

    /// <summary>Builds the schema with the fields labels add to the common ones (<see cref="LabelFields.All"/> in service).</summary>
    internal static GraphQLSchema Create(GraphModel model, IReadOnlyList<LabelField> labelFields) =>
        Create(model, labelFields, new AnalyticsContext(CooperationVocabulary.FromModel(model)));

    /// <summary>Builds the schema over the given analytics (tests read what it keeps per graph version).</summary>
    internal static GraphQLSchema Create(GraphModel model, IReadOnlyList<LabelField> labelFields, AnalyticsContext analytics)
    {
        ArgumentNullException.ThrowIfNull(model);
        var where = new WhereTranslator(model, analytics);
        var enumNames = EntityTypePlanner.EnumNames(model);
        var common = EntityFields.Declare(analytics);
        var plans = EntityTypePlanner.Plan(model, enumNames, common, labelFields);
        var modelFields = new ModelFields(model);
        IReadOnlyList<FieldDeclaration> queryFields =
            [.. QueryFields.Declare(where), .. modelFields.QueryFields, PartnersField.Declare(analytics), DocumentsField.Field];

        var bindings = new SchemaBindings();
        FieldDeclaration.Bind(bindings, "Query", queryFields);
        EntityResolvers.Bind(bindings, plans);
        ValueResolvers.Bind(bindings);
        ConnectionResolvers.Bind(bindings);
        ExplorationResolvers.Bind(bindings, where, model, analytics);
        PartnersResolvers.Bind(bindings);
        SubscriptionResolvers.Bind(bindings);
        VocabularySdl.Bind(bindings, model);
        modelFields.Bind(bindings);
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

        string[] sdl =
        [
            CostDirectives.Sdl, CoreSdl.Write(queryFields), FilterSdl.Text, ConnectionSdl.Text, ExplorationSdl.Text, PartnersSdl.Text,
            LabelSdl.Write(common, plans, enumNames), VocabularySdl.Write(model), PropertyEnums.Sdl(model), modelFields.Sdl, AnalyticsSdl.Text,
        ];
        var schema = BuildSchema.FromSdl(string.Join("\n", sdl.Where(part => part.Length > 0)), bindings);
        ResolverCoverage.Require(schema);
        CostWeights.Apply(schema);
        var problems = schema.Validate();
        return problems.Count == 0
            ? schema
            : throw new InvalidOperationException("The generated schema is invalid:\n" + string.Join('\n', problems.Select(problem => problem.Message)));
    }
}
