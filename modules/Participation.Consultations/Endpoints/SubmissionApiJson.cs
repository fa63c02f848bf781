using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.Consultations.Services;

namespace Participation.Consultations.Endpoints;

/// <summary>The submission API's body and answer, serialised by generated code (web defaults: camelCase, any case read).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SubmissionRequest))]
[JsonSerializable(typeof(ReceiptAnswer))]
internal sealed partial class SubmissionApiJson : JsonSerializerContext;

/// <summary><c>{"receipt":"PC1-XXXX-XXXX"}</c>.</summary>
internal sealed record ReceiptAnswer(string Receipt);
