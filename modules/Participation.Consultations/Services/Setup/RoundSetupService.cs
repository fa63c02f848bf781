using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Intake;
using Participation.Consultations.Services.Lifecycle;
using Participation.Consultations.ViewModels.Staff;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services.Setup;

/// <summary>Creates and edits rounds (and their draft text) from the staff set-up form.</summary>
public sealed class RoundSetupService(ParticipationDbContext db, DraftService drafts, IAuditLog audit, TimeProvider clock,
    RoundSchedule schedule, IOptions<ConsultationOptions> options, RoundCache cache)
{
    public int MinimumPeriodDays => options.Value.MinimumPeriodDays;

    /// <summary>Rounds may be edited until they open; after that the period and draft are what residents relied on.</summary>
    public static bool IsEditable(ConsultationRound round, DateTime now) =>
        RoundLifecycle.Effective(round, now) is RoundStatus.Preparing or RoundStatus.Announced;

    public async Task<(ConsultationRound? Round, Dictionary<string, FieldError> Errors)> CreateAsync(RoundSetupForm form, string? userId, CancellationToken ct)
    {
        var hasDraft = form.ExistingDraftId is { } existing && await db.Set<Drafts.Models.Draft>().AnyAsync(d => d.Id == existing, ct)
            && string.IsNullOrWhiteSpace(form.DraftMarkdown);
        var (errors, opens, closes) = RoundSetupValidator.Validate(form, MinimumPeriodDays, hasDraft);
        if (errors.Count > 0) return (null, errors);

        var draftId = hasDraft ? form.ExistingDraftId!.Value
            : (await drafts.CreateAsync(form.Title!.Trim(), form.Department!.Trim(), form.WardId, form.DraftMarkdown!, ct)).Id;
        var round = new ConsultationRound
        {
            Title = "", Department = "", PurposeNotice = "", DraftId = draftId, Status = RoundStatus.Preparing,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = userId,
        };
        Apply(round, form, opens, closes);
        db.Add(round);
        await db.SaveChangesAsync(ct);
        audit.Record("round.created", "round", round.Id, $"ward={round.WardId?.ToString() ?? "city"}");
        await db.SaveChangesAsync(ct);
        return (round, errors);
    }

    public async Task<Dictionary<string, FieldError>> UpdateAsync(ConsultationRound round, RoundSetupForm form, CancellationToken ct)
    {
        var (errors, opens, closes) = RoundSetupValidator.Validate(form, MinimumPeriodDays, hasDraft: false);
        if (errors.Count > 0) return errors;
        Apply(round, form, opens, closes);
        var current = await drafts.LatestMarkdownAsync(round.DraftId, ct);
        if (current != form.DraftMarkdown)
            await drafts.ReplaceLatestAsync(round.DraftId, round.Title, round.Department, round.WardId, form.DraftMarkdown!, ct);
        audit.Record("round.edited", "round", round.Id, current != form.DraftMarkdown ? "draft=changed" : null);
        await db.SaveChangesAsync(ct);
        cache.Forget(round.Id);
        schedule.Schedule(round);
        return errors;
    }

    private static void Apply(ConsultationRound r, RoundSetupForm f, DateTime opens, DateTime closes)
    {
        r.Title = f.Title!.Trim();
        r.WardId = f.WardId;
        r.Department = f.Department!.Trim();
        r.PurposeNotice = f.PurposeNotice!.Trim();
        r.OpensAt = opens;
        r.ClosesAt = closes;
        r.ShortPeriodReason = string.IsNullOrWhiteSpace(f.ShortPeriodReason) ? null : f.ShortPeriodReason.Trim();
        r.AcceptedCategories = Join(f.Categories, Enum.GetNames<SubmitterCategory>());
        r.AcceptedChannels = Join(f.Channels, Enum.GetNames<Channel>());
        r.RequireName = f.RequireName;
        r.RequireContact = f.RequireContact;
        r.RequireAddress = f.RequireAddress;
        r.SubmitTo = string.IsNullOrWhiteSpace(f.SubmitTo) ? null : f.SubmitTo.Trim();
    }

    /// <summary>All ticked is stored as empty ("accepts everything"), so new categories are accepted too.</summary>
    private static string Join(List<string> chosen, string[] all)
    {
        var set = chosen.Distinct().ToList();
        return all.All(set.Contains) ? "" : string.Join(',', all.Where(set.Contains));
    }
}
