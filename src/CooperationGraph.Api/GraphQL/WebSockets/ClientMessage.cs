namespace CooperationGraph.Api.GraphQL.WebSockets;

/// <summary>
/// One message a client sent: its <see cref="Type"/>, the operation <see cref="Id"/> of <c>subscribe</c> and
/// <c>complete</c>, the request of <c>subscribe</c>, and a ping's payload as the JSON text to send back with the pong.
/// </summary>
internal sealed record ClientMessage(string Type, string? Id = null, GraphQLRequestParameters? Request = null, string? PingPayload = null);
