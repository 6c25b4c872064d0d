using System.Runtime.CompilerServices;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Model;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Vocabulary;

/// <summary>
/// The root fields <c>labels</c> and <c>relationshipTypes</c>, which describe the graph model (model.yaml) to a
/// client: what each label and relationship type means in English and Chinese, its part in the cooperation model, its
/// place in the label hierarchy or its endpoints, and how many entities or relationships of it the graph holds.
/// </summary>
internal sealed class ModelFields(GraphModel model)
{
    // One pair of counts per request, however many labels and types it describes.
    private static readonly ConditionalWeakTable<GraphLoaders, Task<GraphCounts>> s_perRequest = [];

    /// <summary>The labels the enums name: every label but the root <c>Entity</c>, in model order.</summary>
    public IReadOnlyList<NodeLabelDefinition> Labels { get; } = [.. model.NodeLabels.Where(label => label.Name != "Entity")];

    public IReadOnlyList<FieldDeclaration> QueryFields =>
    [
        new("labels", "[LabelDefinition!]!", "The labels of the graph model (model.yaml), the root `Entity` aside, in the model's order: what kinds of entity there are.", _ => Labels),
        new("relationshipTypes", "[RelationshipTypeDefinition!]!", "The relationship types of the graph model, in the model's order: what links there are and what each means.", _ => model.RelationshipTypes),
    ];

    public string Sdl => string.Join(
        "\n",
        FieldDeclaration.ObjectType("A label of the graph model: a kind of entity.", "LabelDefinition", LabelFields),
        FieldDeclaration.ObjectType("A relationship type of the graph model: a kind of link, read from its start to its end.", "RelationshipTypeDefinition", TypeFields),
        RoleEnum("EntityRole", "What the entities of a label are to the cooperation model (graph-schema/README.md, 'Cooperation roles').", Enum.GetValues<EntityRole>().Select(RoleNames.NameOf)),
        RoleEnum("RelationshipRole", "What a relationship type is to the cooperation model (graph-schema/README.md, 'Cooperation roles').", Enum.GetValues<RelationshipRole>().Select(RoleNames.NameOf)));

    private IReadOnlyList<FieldDeclaration> LabelFields =>
    [
        new("name", "EntityLabel!", "The label, as `label` arguments take it.", context => Label(context).Name),
        new("meaning", "LocalizedText", "What the label stands for, in English and Chinese.", context => Label(context).Description),
        new("chineseTerm", "String", "The Chinese term of the model for it.", context => Label(context).Description?.Zh),
        new("role", "EntityRole", "Its part in the cooperation model, inherited from its ancestors; null for none.", context => model.RoleOf(Label(context).Name) is { } role ? RoleNames.NameOf(role) : null),
        new("parent", "EntityLabel", "The label it specialises; null for a label right under the root `Entity`.", context => Label(context).Parent is { } parent and not "Entity" ? parent : null),
        new("abstract", "Boolean!", "Whether it only groups other labels: every entity carrying it carries one of its concrete descendants too.", context => Label(context).IsAbstract),
        new("children", "[EntityLabel!]!", "The labels that specialise it directly.", context => Labels.Where(label => label.Parent == Label(context).Name).Select(label => label.Name).ToArray()),
        new("entityCount", "Int!", "How many entities of the graph carry it, as their own label or an ancestor.", async context =>
            (await CountsAsync(context).ConfigureAwait(false)).Entities(Label(context).Name)),
    ];

    private IReadOnlyList<FieldDeclaration> TypeFields =>
    [
        new("name", "RelationshipType!", "The type, as `type` and `types` arguments take it.", context => Type(context).Name),
        new("meaning", "LocalizedText", "What it says, read from start to end, in English and Chinese.", context => Type(context).Description),
        new("chineseTerm", "String", "The Chinese term of the model for it (`共建、建设`).", context => Type(context).Description?.Zh),
        new("role", "RelationshipRole", "Its part in the cooperation model; null when the model gives none.", context => Type(context).Role is { } role ? RoleNames.NameOf(role) : null),
        new("from", "[EntityLabel!]!", "The labels its start may carry (a descendant of one of them too); the root `Entity` stands as the labels right under it.", context => Endpoints(Type(context).FromLabels)),
        new("to", "[EntityLabel!]!", "The labels its end may carry, likewise.", context => Endpoints(Type(context).ToLabels)),
        new("relationshipCount", "Int!", "How many relationships of the graph have the type.", async context =>
            (await CountsAsync(context).ConfigureAwait(false)).Relationships(Type(context).Name)),
    ];

    /// <summary>Binds the fields of the two types and the role enums, whose values stand for the model.yaml spelling.</summary>
    public void Bind(SchemaBindings bindings)
    {
        FieldDeclaration.Bind(bindings, "LabelDefinition", LabelFields);
        FieldDeclaration.Bind(bindings, "RelationshipTypeDefinition", TypeFields);
        bindings.Enum("EntityRole", RoleValues(Enum.GetValues<EntityRole>().Select(RoleNames.NameOf)))
            .Enum("RelationshipRole", RoleValues(Enum.GetValues<RelationshipRole>().Select(RoleNames.NameOf)));
    }

    private static Dictionary<string, object> RoleValues(IEnumerable<string> roles) =>
        roles.ToDictionary(role => role.ToUpperInvariant(), role => (object)role, StringComparer.Ordinal);

    private static string RoleEnum(string name, string description, IEnumerable<string> roles) =>
        $"{SchemaNames.Quoted(description)}\nenum {name} {{\n"
        + string.Concat(roles.Select(role => $"  \"`{role}` in model.yaml.\"\n  {role.ToUpperInvariant()}\n"))
        + "}\n";

    private string[] Endpoints(IReadOnlyList<string> labels) =>
        [.. labels.SelectMany(label => label == "Entity" ? Labels.Where(top => top.Parent == "Entity").Select(top => top.Name) : [label]).Distinct()];

    private Task<GraphCounts> CountsAsync(ResolveFieldContext context)
    {
        var loaders = GraphLoaders.From(context);
        return s_perRequest.GetValue(loaders, _ => GraphCounts.ReadAsync(loaders, model));
    }

    private static NodeLabelDefinition Label(ResolveFieldContext context) => (NodeLabelDefinition)context.Source!;

    private static RelationshipTypeDefinition Type(ResolveFieldContext context) => (RelationshipTypeDefinition)context.Source!;
}
