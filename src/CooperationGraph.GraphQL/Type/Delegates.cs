using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.GraphQL.Type;

/// <summary>
/// Produces a field's value. A synchronous resolver returns a completed <see cref="ValueTask{TResult}"/>, which the
/// executor consumes without allocating a task.
/// </summary>
/// <param name="context">The parent value, arguments, path and request.</param>
/// <returns>The field's raw value, completed against the field's type by the executor.</returns>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>
/// Chooses the exception the executor reports for one a field's resolver (or middleware) threw, e.g. a generic error
/// in place of an unexpected failure, logged. Exceptions of completion and the request's cancellation never reach it.
/// Unlike a middleware that catches, it adds nothing to a field that does not fail.
/// </summary>
/// <param name="exception">What the resolver threw, synchronously or through its task.</param>
/// <param name="context">The field; valid only during the call.</param>
/// <returns>The exception to report at the field: <paramref name="exception"/> itself to keep it.</returns>
public delegate Exception ResolverExceptionFilter(Exception exception, ResolveFieldContext context);

/// <summary>Produces the source event stream of a subscription's root field.</summary>
/// <param name="context">The root value, arguments and request.</param>
/// <returns>The stream of events, each executed as the root value of the subscription's selection set.</returns>
public delegate ValueTask<IAsyncEnumerable<object?>> SourceStreamResolver(ResolveFieldContext context);

/// <summary>Names the object type of a value whose field type is an interface or union.</summary>
/// <param name="value">The resolved value.</param>
/// <param name="context">The field being completed.</param>
/// <param name="abstractType">The interface or union.</param>
/// <returns>The object type's name, or null when it cannot be told.</returns>
public delegate string? TypeResolver(object value, ResolveFieldContext context, GraphQLNamedType abstractType);

/// <summary>
/// Names the object type of a value whose field type is an interface or union, when telling needs I/O (e.g. a
/// lookup by identifier); sibling fields keep running while it waits.
/// </summary>
/// <param name="value">The resolved value.</param>
/// <param name="context">The field being completed.</param>
/// <param name="abstractType">The interface or union.</param>
/// <returns>The object type's name, or null when it cannot be told.</returns>
public delegate ValueTask<string?> AsyncTypeResolver(object value, ResolveFieldContext context, GraphQLNamedType abstractType);

/// <summary>Tells whether a value belongs to an object type, the fallback when an abstract type has no resolver.</summary>
/// <param name="value">The resolved value.</param>
/// <param name="context">The field being completed.</param>
/// <returns>True when the value is of the object type.</returns>
public delegate bool IsTypeOfPredicate(object value, ResolveFieldContext context);
