using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.ViewModels;
using Participation.Core.Identity;
using Participation.Core.Mail;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>
/// "Results are due" mail to the round's staff: the ward's staff (administrators for a city-wide round)
/// and whoever set the round up. Sent by a job, so the link is built from the configured public base URL.
/// </summary>
public sealed class ResultsReminder(UserManager<AppUser> users, IMailSender mail, IStringLocalizer t, PublicLinks links)
{
    public async Task SendAsync(ConsultationRound round, DateTime dueAt, CancellationToken ct)
    {
        foreach (var email in await RecipientsAsync(round))
            await mail.SendAsync(new MailMessage(email, t["Lifecycle.Reminder.Subject", round.Title],
                t["Lifecycle.Reminder.Body", round.Title, TokyoDates.Day(round.ClosesAt), TokyoDates.Day(dueAt), links.Absolute($"/staff/rounds/{round.Id}/publish")]), ct);
    }

    private async Task<IReadOnlyList<string>> RecipientsAsync(ConsultationRound round)
    {
        var staff = round.WardId is { } ward
            ? (await users.GetUsersInRoleAsync(Roles.WardStaff)).Where(u => u.WardId == ward)
            : await users.GetUsersInRoleAsync(Roles.Administrator);
        var list = staff.ToList();
        if (round.CreatedBy is { } creatorId && await users.FindByIdAsync(creatorId) is { } creator) list.Add(creator);
        return list.Where(u => !string.IsNullOrEmpty(u.Email)).Select(u => u.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
