using CooperationGraph.Seeding.Tests.TestSupport;

namespace CooperationGraph.Seeding.Tests.Loader;

/// <summary>
/// Whatever a hand edit does to a seed file, the loader answers with a snapshot or with located errors —
/// never with another exception. Mutations are drawn from a fixed seed so a failure reproduces.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly string[] Files = ["documents.yaml", "reference/regions.yaml", "facts/a.yaml", "facts/b.yaml"];
    private static readonly string[] Insertions = [":", "[", "{", "- ", "\"", "'", "\t", "*x", "&a ", "!!int ", "\n  ", "#", "~", "？"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Load_RandomlyMutatedFile_FailsOnlyWithLocatedErrors(int seed)
    {
        var random = new Random(seed);
        var originals = new Dictionary<string, string>
        {
            ["documents.yaml"] = SeedFixture.Documents,
            ["reference/regions.yaml"] = SeedFixture.Regions,
            ["facts/a.yaml"] = SeedFixture.FactsA,
            ["facts/b.yaml"] = SeedFixture.FactsB,
        };
        using var fixture = new SeedFixture();
        var rejected = 0;
        for (var round = 0; round < 40; round++)
        {
            var file = Files[random.Next(Files.Length)];
            var mutated = Mutate(originals[file], random);
            fixture.Write(file, mutated);
            try
            {
                fixture.Load();
            }
            catch (SeedDataException exception)
            {
                rejected++;
                Assert.NotEmpty(exception.Errors);
                Assert.All(exception.Errors, error =>
                {
                    Assert.True(error.Line >= 1 && error.Column >= 1, $"{error} after mutating {file} into:\n{mutated}");
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                });
            }

            fixture.Write(file, originals[file]);
        }

        // The mutations are meant to break things: most rounds must be rejected, or the test proves little.
        Assert.InRange(rejected, 20, 40);
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 1:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 2:
                return text[..random.Next(text.Length)];
            default:
                var at = random.Next(text.Length);
                return text[..at] + Insertions[random.Next(Insertions.Length)] + text[at..];
        }
    }
}
