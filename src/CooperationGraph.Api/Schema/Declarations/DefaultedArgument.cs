using System.Globalization;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>An argument whose default the SDL states and the resolver reads from the same declaration: a unit, an enum value, a seed.</summary>
/// <typeparam name="T">What the engine hands over (<c>string</c> for a text or an enum with string values).</typeparam>
internal sealed class DefaultedArgument<T>(string name, string graphQLType, string? description, T @default, string literal)
    : ArgumentDeclaration(name, graphQLType, description)
    where T : notnull
{
    public T Default { get; } = @default;

    public override string? DefaultLiteral => literal;

    /// <summary>The value given, or the default when absent or null.</summary>
    public T Read(ResolveFieldContext context) => context.GetArgument<object>(Name) is T value ? value : Default;

    /// <summary>The value of the input field so declared, or the default when absent or null.</summary>
    public T Read(IReadOnlyDictionary<string, object?> input) => input.GetValueOrDefault(Name) is T value ? value : Default;
}

/// <summary>Declares arguments with a default, printing the default as the SDL writes it.</summary>
internal static class DefaultedArgument
{
    /// <summary>A <c>String</c> with a default (<c>sumUnit: String = "CNY"</c>).</summary>
    public static DefaultedArgument<string> Text(string name, string description, string @default) =>
        new(name, "String", description, @default, SchemaNames.Quoted(@default));

    /// <summary>An <c>Int</c> with a default and no range (<c>seed: Int = 0</c>).</summary>
    public static DefaultedArgument<int> Int(string name, string description, int @default) =>
        new(name, "Int", description, @default, @default.ToString(CultureInfo.InvariantCulture));

    /// <summary>A <c>Boolean</c> with a default (<c>nonEmptyOnly: Boolean = false</c>).</summary>
    public static DefaultedArgument<bool> Boolean(string name, string description, bool @default) =>
        new(name, "Boolean", description, @default, @default ? "true" : "false");

    /// <summary>An enum whose values the engine hands over as their names (<c>algorithm: CommunityAlgorithm = LOUVAIN</c>).</summary>
    public static DefaultedArgument<string> EnumName(string name, string enumType, string description, string @default) =>
        new(name, enumType, description, @default, @default);
}
