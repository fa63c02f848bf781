using System.Globalization;
using Participation.Consultations.Models;
using Participation.Consultations.ViewModels.Staff;
using Participation.Core.Time;

namespace Participation.Consultations.Services.Setup;

/// <summary>Checks a round set-up form; returns field → (message key, argument) and the parsed UTC period.</summary>
public static class RoundSetupValidator
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    public static (Dictionary<string, FieldError> Errors, DateTime OpensAt, DateTime ClosesAt) Validate(RoundSetupForm f, int minimumDays, bool hasDraft)
    {
        var errors = new Dictionary<string, FieldError>();
        Required(errors, nameof(f.Title), f.Title, 300);
        Required(errors, nameof(f.Department), f.Department, 200);
        Required(errors, nameof(f.PurposeNotice), f.PurposeNotice, 4000);
        if (!hasDraft && string.IsNullOrWhiteSpace(f.DraftMarkdown)) errors[nameof(f.DraftMarkdown)] = new("Lifecycle.Setup.Error.Draft");
        if (f.DraftMarkdown?.Length > 200_000) errors[nameof(f.DraftMarkdown)] = new("Submit.Error.TooLong", 200_000);
        if (f.SubmitTo?.Length > 500) errors[nameof(f.SubmitTo)] = new("Submit.Error.TooLong", 500);
        if (f.ShortPeriodReason?.Length > 1000) errors[nameof(f.ShortPeriodReason)] = new("Submit.Error.TooLong", 1000);
        if (f.Categories.Count == 0 || f.Categories.Any(c => !Enum.TryParse<SubmitterCategory>(c, out _)))
            errors[nameof(f.Categories)] = new("Lifecycle.Setup.Error.Categories");
        if (f.Channels.Count == 0 || f.Channels.Any(c => !Enum.TryParse<Channel>(c, out _)))
            errors[nameof(f.Channels)] = new("Lifecycle.Setup.Error.Channels");

        var opens = Parse(f.OpensAt);
        var closes = Parse(f.ClosesAt);
        if (opens is null) errors[nameof(f.OpensAt)] = new("Lifecycle.Setup.Error.Date");
        if (closes is null) errors[nameof(f.ClosesAt)] = new("Lifecycle.Setup.Error.Date");
        if (opens is not null && closes is not null)
        {
            if (closes <= opens) errors[nameof(f.ClosesAt)] = new("Lifecycle.Setup.Error.Order");
            else if ((closes.Value - opens.Value).TotalDays < minimumDays && string.IsNullOrWhiteSpace(f.ShortPeriodReason))
                errors[nameof(f.ShortPeriodReason)] = new("Lifecycle.Setup.Error.ShortPeriod", minimumDays);
        }
        return (errors, opens ?? default, closes ?? default);
    }

    /// <summary>Tokyo wall-clock text → UTC instant.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TokyoTime.FromTokyo(local) : null;

    private static void Required(Dictionary<string, FieldError> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = new("Lifecycle.Setup.Error.Required");
        else if (value.Length > max) errors[field] = new("Submit.Error.TooLong", max);
    }
}
