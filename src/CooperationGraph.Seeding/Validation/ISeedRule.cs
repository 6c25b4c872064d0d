namespace CooperationGraph.Seeding.Validation;

/// <summary>One rule the seed data must follow; it reports every breach to the context's error sink.</summary>
internal interface ISeedRule
{
    void Check(SeedContext context);
}
