using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Dashboard;
using CooperationGraph.Api.Errors;
using CooperationGraph.Api.GraphiQL;
using CooperationGraph.Api.Health;
using CooperationGraph.Api.Hosting;
using CooperationGraph.Api.Http;
using CooperationGraph.Api.Logging;
using CooperationGraph.Api.Schema;
using CooperationGraph.Api.Storage;
using CooperationGraph.Api.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApiOptions();
builder.Logging.AddStructuredLogging();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddRequestLimits();
builder.Services.AddApiErrorHandling();
builder.Services.AddApiHealthChecks();
builder.Services.AddDashboardCors();
builder.Services.AddClientRateLimiting();
builder.Services.AddCooperationGraphStore(builder.Configuration);
builder.Services.AddApiTelemetry(builder.Configuration);
builder.Services.AddCooperationSchema();

var app = builder.Build();

app.UseMiddleware<CorrelationIdMiddleware>();
app.UseApiRequestLogging();
app.UseApiErrorHandling();
app.UseRequestEdgeLimits();
app.UseApiTelemetry(app.Configuration);
app.UseRouting();
// Before CORS, so that preflights count against the client's limit too; a refusal still carries the CORS headers.
app.UseClientRateLimiting(app.Configuration);
app.UseApiCors();
app.UseRequestDeadlines();
app.UseGraphiQL();
app.UseDashboard();
app.UseGraphQLWebSockets();
app.MapGraphQLEndpoint();
app.MapApiHealthChecks();

return app.RunReportingInvalidConfiguration();
