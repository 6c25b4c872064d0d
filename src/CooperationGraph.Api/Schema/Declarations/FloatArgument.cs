using System.Globalization;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>A real number with a range and a default stated by the SDL (<c>damping: Float = 0.85</c>).</summary>
/// <param name="name">The argument.</param>
/// <param name="meaning">What it says, without its range.</param>
/// <param name="min">The lower bound.</param>
/// <param name="max">The largest value accepted.</param>
/// <param name="default">The value when absent or null.</param>
/// <param name="exclusiveMin">Whether the lower bound itself is refused (a resolution must lie above 0).</param>
/// <param name="note">A sentence to add after the range.</param>
internal sealed class FloatArgument(string name, string meaning, double min, double max, double @default, bool exclusiveMin = false, string? note = null)
    : ArgumentDeclaration(name, "Float", description: null)
{
    public double Default { get; } = @default;

    public override string? Description => $"{meaning} ({Range}).{(note is null ? string.Empty : " " + note)}";

    public override string? DefaultLiteral => Default.ToString("R", CultureInfo.InvariantCulture);

    private string Range => exclusiveMin
        ? string.Create(CultureInfo.InvariantCulture, $"above {min}, at most {max}")
        : string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");

    /// <summary>The value given, or the default; a value out of range is the caller's mistake.</summary>
    public double Read(ResolveFieldContext context)
    {
        var value = context.GetArgument<double?>(Name) ?? Default;
        return (exclusiveMin ? value > min : value >= min) && value <= max
            ? value
            : throw UserInputError.Create(string.Create(CultureInfo.InvariantCulture, $"{Name} must lie {(exclusiveMin ? "above" : "between")} {min} {(exclusiveMin ? "and at most" : "and")} {max} (got {value})."));
    }
}
