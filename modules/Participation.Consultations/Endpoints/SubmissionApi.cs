using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Intake;

namespace Participation.Consultations.Endpoints;

/// <summary>
/// POST /api/rounds/{id}/submissions for kiosks and partner systems. Same service as the web form;
/// <c>Idempotency-Key</c> makes a retry return the first receipt. Errors are problem+json; 503 with Retry-After
/// when the node's write queue is full (nothing stored: send the same request again after that many seconds).
/// </summary>
public static class SubmissionApi
{
    public static void MapSubmissionApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/rounds/{id:int}/submissions", SubmitAsync)
            .RequireRateLimiting("submit")
            .DisableAntiforgery()
            .WithName("Consultations.SubmitApi");

    private static async Task<IResult> SubmitAsync(int id, HttpRequest http, SubmissionIntake intake, IStringLocalizer t,
        IOptions<IntakeOptions> options, CancellationToken ct)
    {
        var key = http.Headers["Idempotency-Key"].ToString();
        if (key.Length > 200) return Problem(400, t["Api.Error.IdempotencyKey"], new() { ["Idempotency-Key"] = [t["Api.Error.IdempotencyKey"]] });

        SubmissionRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Body, SubmissionApiJson.Default.SubmissionRequest, ct);
        }
        catch (JsonException)
        {
            return Problem(400, t["Api.Error.Json"], new() { ["body"] = [t["Api.Error.Json"]] });
        }
        if (request is null) return Problem(400, t["Api.Error.Json"], new() { ["body"] = [t["Api.Error.Json"]] });
        request.Opinions ??= [];

        var result = await intake.SubmitAsync(id, request, new SubmissionContext(Models.Channel.Api,
            IdempotencyKey: key.Length == 0 ? null : "api:" + key), ct);
        return result.Outcome switch
        {
            SubmissionOutcome.Accepted or SubmissionOutcome.Repeated =>
                Results.Json(new ReceiptAnswer(result.Receipt!), SubmissionApiJson.Default.ReceiptAnswer, statusCode: 201),
            SubmissionOutcome.NotFound => Problem(404, t["Api.Error.NotFound"]),
            SubmissionOutcome.RoundNotOpen => Problem(409, t["Api.Error.NotOpen"]),
            SubmissionOutcome.Busy => Busy(http.HttpContext, options.Value, t),
            _ => Problem(422, t["Api.Error.Invalid"], result.Errors!.ToDictionary(e => e.Key,
                e => new[] { e.Value.Argument is null ? t[e.Value.Key].Value : t[e.Value.Key, e.Value.Argument].Value })),
        };
    }

    private static IResult Busy(HttpContext context, IntakeOptions intake, IStringLocalizer t)
    {
        context.Response.Headers.RetryAfter = intake.RetryAfterHeader;
        return Problem(503, t["Api.Error.Busy"]);
    }

    private static IResult Problem(int status, string title, Dictionary<string, string[]>? errors = null) =>
        errors is null
            ? Results.Problem(title: title, statusCode: status)
            : Results.ValidationProblem(errors, title: title, statusCode: status);
}
