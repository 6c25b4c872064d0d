using CooperationGraph.Domain.Model;

namespace CooperationGraph.Seeding.Tests.TestSupport;

/// <summary>A small graph model that exercises every property type, inheritance and abstract labels.</summary>
public static class TestModel
{
    public const string Yaml = """
        version: 1
        nodeLabels:
          - name: Entity
            abstract: true
          - name: Organisation
            parent: Entity
            abstract: true
            idPrefix: org
            properties:
              - name: abbreviation
                type: string
              - name: level
                type: enum
                values: [national, provincial]
          - name: GovernmentAgency
            parent: Organisation
          - name: University
            parent: Organisation
          - name: SocialOrganisation
            parent: Organisation
          - name: ResearchFacility
            parent: Entity
            abstract: true
            idPrefix: lab
          - name: Lab
            parent: ResearchFacility
          - name: Region
            parent: Entity
            idPrefix: region
            properties:
              - name: kind
                type: enum
                required: true
                values: [province, city]
              - name: population
                type: int
              - name: area
                type: float
              - name: coastal
                type: bool
              - name: founded
                type: date
              - name: budget
                type: amount
              - name: tags
                type: string[]
              - name: note
                type: text
          - name: Document
            parent: Entity
            idPrefix: doc
            properties:
              - name: kind
                type: enum
                values: [proposal-reply, suggestion-reply, reference]
              - name: number
                type: string
              - name: date
                type: date
              - name: file
                type: string
              - name: citation
                type: text
        relationshipTypes:
          - name: ISSUED
            from: [Organisation]
            to: [Document]
          - name: ADDRESSED_TO
            from: [Document]
            to: [Organisation]
          - name: LEAD_HANDLER_OF
            from: [Organisation]
            to: [Document]
          - name: CO_HANDLER_OF
            from: [Organisation]
            to: [Document]
          - name: CO_BUILDS
            from: [Organisation]
            to: [ResearchFacility]
            properties:
              - name: share
                type: float
          - name: LOCATED_IN
            from: [Entity]
            to: [Region]
          - name: COOPERATES_WITH
            from: [Organisation]
            to: [Organisation]

        """;

    private static readonly Lazy<GraphModel> LazyModel = new(() => Load(Yaml));

    public static GraphModel Model => LazyModel.Value;

    /// <summary>Loads a model from YAML text through a temporary file, as the loader reads files.</summary>
    public static GraphModel Load(string yaml)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.Write("model.yaml", yaml);
        return GraphModelLoader.Load(path);
    }
}
