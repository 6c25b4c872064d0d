using System.Globalization;

namespace CooperationGraph.GraphQL.Tests.Fuzz;

/// <summary>
/// How many documents a fuzz test replays. Every run of the suite takes a few thousand, enough to reach every
/// path; <c>FUZZ_DOCUMENTS=100000</c> replays the full corpus, as a soak before a release.
/// </summary>
internal static class FuzzSettings
{
    public const string VariableName = "FUZZ_DOCUMENTS";

    private const int DefaultDocuments = 4_000;

    public static int Documents { get; } = Read();

    /// <summary>A lower bound of an outcome count, given as its count out of 100,000 documents.</summary>
    public static int PerHundredThousand(int count) => (int)((long)count * Documents / 100_000);

    private static int Read() =>
        int.TryParse(Environment.GetEnvironmentVariable(VariableName), NumberStyles.None, CultureInfo.InvariantCulture, out var documents)
        && documents > 0
            ? documents
            : DefaultDocuments;
}
