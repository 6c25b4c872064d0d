using System.Text;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Declarations;

/// <summary>
/// A field said once: its name, type, description and arguments, from which the SDL is printed, and the resolver
/// bound to it. Fields written as SDL text with separate bindings live beside declared ones; the start-up check
/// (<see cref="ResolverCoverage"/>) holds both to the same rule.
/// </summary>
internal sealed record FieldDeclaration(string name, string type, string? description, IReadOnlyList<ArgumentDeclaration> arguments, FieldResolver resolve)
{
    public FieldDeclaration(string name, string type, string? description, FieldResolver resolve)
        : this(name, type, description, [], resolve)
    {
    }

    public FieldDeclaration(string name, string type, string? description, Func<ResolveFieldContext, object?> resolve)
        : this(name, type, description, [], Synchronous(resolve))
    {
    }

    public FieldDeclaration(string name, string type, string? description, IReadOnlyList<ArgumentDeclaration> arguments, Func<ResolveFieldContext, object?> resolve)
        : this(name, type, description, arguments, Synchronous(resolve))
    {
    }

    public string Name { get; } = name;

    public string Type { get; } = type;

    /// <summary>What the field answers; null for none (a deprecated field whose reason says what to use instead).</summary>
    public string? Description { get; } = description;

    public IReadOnlyList<ArgumentDeclaration> Arguments { get; } = arguments;

    public FieldResolver Resolve { get; } = resolve;

    /// <summary>Why the field is deprecated and what replaces it; null when it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether the SDL leaves out the descriptions of the field and its arguments, said elsewhere.</summary>
    public bool IsTerse { get; init; }

    /// <summary>The same field, deprecated for the reason given.</summary>
    public FieldDeclaration Deprecated(string reason) => this with { DeprecationReason = reason };

    /// <summary>
    /// The same field printed without descriptions: where an interface already describes it (every entity type repeats
    /// <c>Entity</c>'s fields), or where a deprecation reason says what to use instead.
    /// </summary>
    public FieldDeclaration Terse() => this with { IsTerse = true };

    public void WriteSdl(StringBuilder sdl, string indent = "  ")
    {
        if (Description is { } text && !IsTerse)
        {
            sdl.Append(indent).Append(SchemaNames.Quoted(text)).Append('\n');
        }

        sdl.Append(indent).Append(Name);
        if (Arguments.Count > 0)
        {
            sdl.Append("(\n");
            foreach (var argument in Arguments)
            {
                argument.WriteSdl(sdl, indent + "  ", described: !IsTerse);
            }

            sdl.Append(indent).Append(')');
        }

        sdl.Append(": ").Append(Type);
        if (DeprecationReason is { } reason)
        {
            sdl.Append(" @deprecated(reason: ").Append(SchemaNames.Quoted(reason)).Append(')');
        }

        sdl.Append('\n');
    }

    /// <summary>Arguments as SDL lines, without the last line break, for a field written as SDL text.</summary>
    public static string ArgumentsSdl(IEnumerable<ArgumentDeclaration> arguments, string indent)
    {
        var sdl = new StringBuilder();
        foreach (var argument in arguments)
        {
            argument.WriteSdl(sdl, indent);
        }

        return sdl.ToString().TrimEnd('\n');
    }

    /// <summary>Arguments as SDL lines of a field of a type or of <c>extend type Query</c>, to splice into SDL text.</summary>
    public static string ArgumentLines(params ArgumentDeclaration[] arguments) => ArgumentsSdl(arguments, "    ");

    /// <summary>The same lines for the fields of an input type, whose defaults are declared like arguments' (<c>directed: Boolean = false</c>).</summary>
    public static string InputFieldLines(params ArgumentDeclaration[] fields) => ArgumentsSdl(fields, "  ");

    public static string Sdl(IEnumerable<FieldDeclaration> fields, string indent = "  ")
    {
        var sdl = new StringBuilder();
        foreach (var field in fields)
        {
            field.WriteSdl(sdl, indent);
        }

        return sdl.ToString();
    }

    /// <summary>An object type whose fields are all declared.</summary>
    public static string ObjectType(string description, string typeName, IEnumerable<FieldDeclaration> fields) =>
        $"{SchemaNames.Quoted(description)}\ntype {typeName} {{\n{Sdl(fields)}}}\n";

    /// <summary>An <c>extend type</c> block adding the fields to a type defined elsewhere (<c>Query</c>).</summary>
    public static string Extension(string typeName, IEnumerable<FieldDeclaration> fields) =>
        $"extend type {typeName} {{\n{Sdl(fields)}}}\n";

    public static void Bind(SchemaBindings bindings, string typeName, IEnumerable<FieldDeclaration> fields)
    {
        foreach (var field in fields)
        {
            bindings.Resolve(typeName, field.Name, field.Resolve);
        }
    }

    private static FieldResolver Synchronous(Func<ResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => new ValueTask<object?>(resolve(context));
    }
}
