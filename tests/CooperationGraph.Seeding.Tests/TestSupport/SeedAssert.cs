namespace CooperationGraph.Seeding.Tests.TestSupport;

/// <summary>Assertions on the errors a rejected load reports.</summary>
public static class SeedAssert
{
    /// <summary>Exactly one error, at this file and line, whose message contains every fragment.</summary>
    public static SeedError SingleError(IReadOnlyList<SeedError> errors, string file, int line, params string[] fragments)
    {
        var error = Assert.Single(errors);
        AssertMatches(error, file, line, fragments);
        return error;
    }

    /// <summary>Some error, among possibly several, at this file and line containing every fragment.</summary>
    public static SeedError HasError(IReadOnlyList<SeedError> errors, string file, int line, params string[] fragments)
    {
        var match = errors.FirstOrDefault(error => error.File == file && error.Line == line && fragments.All(fragment => error.Message.Contains(fragment, StringComparison.Ordinal)));
        Assert.True(match is not null, $"No error at {file}:{line} containing [{string.Join(" | ", fragments)}]; got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        return match;
    }

    private static void AssertMatches(SeedError error, string file, int line, string[] fragments)
    {
        Assert.Equal(file, error.File);
        Assert.True(line == error.Line, $"Expected line {line}, got {error}");
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }
    }
}
