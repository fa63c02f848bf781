using System.Net.Mail;
using System.Text;
using Participation.Consultations.Models;

namespace Participation.Consultations.Services;

/// <summary>Checks every field against the round's settings; returns field path → message key.</summary>
public static class SubmissionValidator
{
    public static Dictionary<string, FieldError> Validate(SubmissionRequest r, ConsultationRound round,
        IReadOnlySet<string> sections, ConsultationOptions options, Channel channel)
    {
        var errors = new Dictionary<string, FieldError>();
        if (!Enum.TryParse<SubmitterCategory>(r.Category, ignoreCase: true, out var category) || int.TryParse(r.Category, out _))
            errors["category"] = new("Submit.Error.Category");
        else if (!round.Accepts(category))
            errors["category"] = new("Submit.Error.CategoryNotAccepted");

        // Staff enter what arrived on paper as it is; the round's required personal fields bind residents.
        var staffEntry = channel is Channel.Post or Channel.Fax or Channel.Phone or Channel.Counter;
        if (round.RequireName && !staffEntry && string.IsNullOrWhiteSpace(r.Name)) errors["name"] = new("Submit.Error.NameRequired");
        if (r.Name?.Length > 200) errors["name"] = new("Submit.Error.TooLong", 200);
        if (round.RequireContact && !staffEntry && string.IsNullOrWhiteSpace(r.Email) && string.IsNullOrWhiteSpace(r.Phone))
            errors["email"] = new("Submit.Error.ContactRequired");
        if (!string.IsNullOrWhiteSpace(r.Email) && !IsEmail(r.Email)) errors["email"] = new("Submit.Error.Email");
        if (r.Phone?.Length > 40) errors["phone"] = new("Submit.Error.TooLong", 40);
        if (round.RequireAddress && !staffEntry && string.IsNullOrWhiteSpace(r.Address)) errors["address"] = new("Submit.Error.AddressRequired");
        if (r.Address?.Length > 500) errors["address"] = new("Submit.Error.TooLong", 500);

        var opinions = r.Opinions.Where(o => !string.IsNullOrWhiteSpace(o.Text) || r.Opinions.Count == 1).ToList();
        if (opinions.Count == 0) errors["opinions"] = new("Submit.Error.NoOpinion");
        if (opinions.Count > options.MaxOpinionsPerSubmission) errors["opinions"] = new("Submit.Error.TooManyOpinions", options.MaxOpinionsPerSubmission);
        for (var i = 0; i < r.Opinions.Count; i++)
        {
            var o = r.Opinions[i];
            var section = string.IsNullOrWhiteSpace(o.Section) ? Opinion.General : o.Section.Trim();
            if (section != Opinion.General && !sections.Contains(section)) errors[$"opinions[{i}].section"] = new("Submit.Error.Section");
            if (string.IsNullOrWhiteSpace(o.Text))
            {
                if (opinions.Count == 0 || r.Opinions.Count == 1) errors[$"opinions[{i}].text"] = new("Submit.Error.TextRequired");
            }
            else if (o.Text.Length > options.MaxOpinionLength)
                errors[$"opinions[{i}].text"] = new("Submit.Error.TextTooLong", options.MaxOpinionLength);
        }
        return errors;
    }

    // The encoding given: without it, each check looks UTF-8 up among the registered code pages (Shift_JIS support).
    private static bool IsEmail(string value) =>
        value.Length <= 320 && MailAddress.TryCreate(value.Trim(), displayName: null, Encoding.UTF8, out var a) && a.Address == value.Trim()
        && value.Contains('.');
}
