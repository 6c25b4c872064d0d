namespace CooperationGraph.Seeding;

/// <summary>
/// Thrown when the seed data or the graph model breaks a rule: carries every error found, not only the
/// first, so one run shows everything to fix. Nothing is loaded when it is thrown.
/// </summary>
public sealed class SeedDataException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">The errors, in the order found; at least one.</param>
    public SeedDataException(IEnumerable<SeedError> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    /// <summary>Creates the exception with a single error.</summary>
    /// <param name="message">A message describing the error.</param>
    public SeedDataException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates the exception with a single error and its cause.</summary>
    /// <param name="message">A message describing the error.</param>
    /// <param name="innerException">The cause.</param>
    public SeedDataException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Creates the exception without errors; prefer the constructor taking errors.</summary>
    public SeedDataException()
        : this("The seed data is invalid.")
    {
    }

    private SeedDataException(SeedError[] errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<SeedError> Errors { get; }

    private static string Describe(SeedError[] errors) =>
        $"The seed data has {errors.Length} error{(errors.Length == 1 ? "" : "s")}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(error => "  " + error));
}
