using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Follow;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.FollowUp;

/// <summary>Publishes a closed demo round as staff would, and runs the queued results mail job as the job server would.</summary>
public static class ResultsPublishing
{
    /// <summary>Groups every opinion of the round into one answered group and publishes; returns the publish response.</summary>
    public static async Task<HttpResponseMessage> PublishAsync(ParticipationFactory factory, HttpClient staff, int roundId)
    {
        var ids = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.RoundId == roundId && o.GroupId == null && !o.Withheld).Select(o => o.Id).ToListAsync());
        var (_, gaf, _, _) = await OpenAsync(staff, $"/staff/rounds/{roundId}/groups");
        var create = await PostAsync(staff, $"/staff/rounds/{roundId}/groups", gaf,
            ids.Select(i => ("opinionIds", i.ToString())).Prepend(("summary", "全般的な意見")).Prepend(("section", "general")).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var groupId = int.Parse(create.Headers.Location!.ToString().Split('/').Last());
        var (_, eaf, _, version) = await OpenAsync(staff, $"/staff/rounds/{roundId}/groups/{groupId}");
        await PostAsync(staff, $"/staff/rounds/{roundId}/groups/{groupId}", eaf, ("Version", version!.Value.ToString()),
            ("Summary", "全般的な意見"), ("Answer", "ご意見を踏まえて取り組みます。"), ("Reflection", "C"));
        var (_, af, _, _) = await OpenAsync(staff, $"/staff/rounds/{roundId}/publish");
        return await PostAsync(staff, $"/staff/rounds/{roundId}/publish", af, ("summary", "計画を決定しました。"));
    }

    /// <summary>The results mail jobs queued for the round (the test site runs no job server).</summary>
    public static IReadOnlyList<Hangfire.Common.Job> QueuedMailJobs(ParticipationFactory factory, int roundId) =>
        factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Select(j => j.Value.Job)
            .Where(j => j is not null && j.Type == typeof(ResultsMailJob) && j.Args.Count > 0 && Equals(j.Args[0], roundId))
            .ToList();

    /// <summary>Runs the queued job's method the way the job server would: a fresh scope, no request.</summary>
    public static async Task RunMailJobAsync(ParticipationFactory factory, int roundId, string? origin)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ResultsMailJob>().SendAsync(roundId, origin);
    }
}
