using System.Collections;
using System.Globalization;
using System.Text;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>
/// One argument of a field, said once: the SDL is printed from it and the resolver reads the argument's checked value
/// through it, so a default or a range is written nowhere else.
/// </summary>
internal abstract class ArgumentDeclaration(string name, string graphQLType, string? description)
{
    public string Name { get; } = name;

    /// <summary>The GraphQL type as the SDL writes it (<c>Int</c>, <c>[RelationshipType!]</c>).</summary>
    public string GraphQLType { get; } = graphQLType;

    /// <summary>The description as printed: what the argument means, with its range and default when it has them; null for none.</summary>
    public virtual string? Description => description;

    /// <summary>The default as an SDL literal; null when the SDL states none.</summary>
    public virtual string? DefaultLiteral => null;

    public void WriteSdl(StringBuilder sdl, string indent, bool described = true)
    {
        if (Description is { } text && described)
        {
            sdl.Append(indent).Append(SchemaNames.Quoted(text)).Append('\n');
        }

        sdl.Append(indent).Append(Name).Append(": ").Append(GraphQLType);
        if (DefaultLiteral is { } literal)
        {
            sdl.Append(" = ").Append(literal);
        }

        sdl.Append('\n');
    }
}

/// <summary>An argument read as given, or null when absent: an id, a text, an enum value, an input object.</summary>
/// <typeparam name="T">What the engine hands over (<c>string</c> for an enum with string values, a dictionary for an input object).</typeparam>
internal sealed class ValueArgument<T>(string name, string graphQLType, string? description) : ArgumentDeclaration(name, graphQLType, description)
{
    public T? Read(ResolveFieldContext context) => context.GetArgument<T>(Name);

    /// <summary>The value of a non-null argument: validation has made sure it is there.</summary>
    public T Required(ResolveFieldContext context) => Read(context) ?? throw new InvalidOperationException($"{Name} is non-null but absent.");
}

/// <summary>A list of strings (relationship types, labels as enum values), or null when absent.</summary>
internal sealed class StringListArgument(string name, string graphQLType, string description) : ArgumentDeclaration(name, graphQLType, description)
{
    public string[]? Read(ResolveFieldContext context) => context.GetArgument<IEnumerable>(Name)?.OfType<string>().ToArray();
}

/// <summary>
/// A count with a range and a default. The default is the SDL's (<c>first: Int = 10</c>) unless it is only described,
/// for a default the SDL cannot state (the page size of a connection when neither first nor last is given); an
/// optional count (<see cref="Optional"/>) has none, its absence meaning something of its own.
/// </summary>
internal sealed class IntArgument : ArgumentDeclaration
{
    private readonly string _meaning;
    private readonly string? _note;
    private readonly int? _default;

    /// <param name="name">The argument.</param>
    /// <param name="meaning">What it says, without its range (<c>At most this many</c>).</param>
    /// <param name="min">The smallest value accepted.</param>
    /// <param name="max">The largest value accepted.</param>
    /// <param name="default">The value when absent or null.</param>
    /// <param name="defaultInSdl">Whether the SDL states the default; else the description does.</param>
    /// <param name="note">A sentence to add after the range.</param>
    public IntArgument(string name, string meaning, int min, int max, int @default, bool defaultInSdl = true, string? note = null)
        : this(name, meaning, min, max, (int?)@default, defaultInSdl, note)
    {
    }

    private IntArgument(string name, string meaning, int min, int max, int? @default, bool defaultInSdl, string? note)
        : base(name, "Int", meaning)
    {
        _meaning = meaning;
        _note = note;
        _default = @default;
        Min = min;
        Max = max;
        DefaultInSdl = defaultInSdl && @default is not null;
    }

    public int Min { get; }

    public int Max { get; }

    /// <summary>The value when absent or null.</summary>
    /// <exception cref="InvalidOperationException">The count is optional.</exception>
    public int Default => _default ?? throw new InvalidOperationException($"{Name} has no default.");

    public bool DefaultInSdl { get; }

    public override string? Description =>
        (DefaultInSdl || _default is null ? $"{_meaning} ({Min} to {Max})." : $"{_meaning} ({Min} to {Max}; default {_default}).")
        + (_note is null ? string.Empty : " " + _note);

    public override string? DefaultLiteral => DefaultInSdl ? Default.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>A count without a default, null when absent (<c>samples</c>: exact when absent).</summary>
    public static IntArgument Optional(string name, string meaning, int min, int max, string? note = null) =>
        new(name, meaning, min, max, null, defaultInSdl: false, note);

    /// <summary>The value given, or the default; a value out of range is the caller's mistake.</summary>
    public int Read(ResolveFieldContext context) => Checked(context.GetArgument<int?>(Name) ?? Default);

    /// <summary>The value given, or null when absent; a value out of range is the caller's mistake.</summary>
    public int? ReadOptional(ResolveFieldContext context) =>
        context.GetArgument<int?>(Name) is { } value ? Checked(value) : _default;

    private int Checked(int value) =>
        value >= Min && value <= Max
            ? value
            : throw UserInputError.Create($"{Name} must lie between {Min} and {Max} (got {value}).");
}
