using System.Net;
using System.Text;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Lifecycle;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

public sealed class LifecycleClockTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    private async Task RunReconcileAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<RoundClockJob>().ReconcileAsync();
    }

    private Task<RoundStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id).Select(r => r.Status).FirstAsync());

    [Fact]
    public async Task Jobs_open_and_close_on_time_refuse_late_submissions_and_remind_staff_once()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var id = await RoundSetupForms.CreateAsync(client, RoundSetupForms.Fields(chuo, now.AddDays(2), 30, title: "時計で進む意見募集（案）"));
        var scheduledBefore = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledCount();
        await client.PostFormAsync($"/staff/rounds/{id}/edit", $"/staff/rounds/{id}/announce");
        Assert.Equal(RoundStatus.Announced, await StatusAsync(id));
        // Opening, closing and the results reminder are scheduled on announce.
        Assert.Equal(scheduledBefore + 3, factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledCount());

        var api = factory.CreateClient();
        var body = """{"category":"resident","name":"時計 太郎","email":"tokei@example.jp","opinions":[{"section":"general","text":"遊具を増やしてください。"}]}""";
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/rounds/{id}/submissions", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(3));
        await RunReconcileAsync();
        Assert.Equal(RoundStatus.Open, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync($"/api/rounds/{id}/submissions", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(30));
        // Even before the job runs, the clock decides: the form and the API refuse.
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/rounds/{id}/submissions", new StringContent(body, Encoding.UTF8, "application/json"))).StatusCode);
        await RunReconcileAsync();
        Assert.Equal(RoundStatus.Closed, await StatusAsync(id));
        var form = await client.GetAsync($"/rounds/{id}/submit");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Contains("締め切", await client.GetStringAsync($"/rounds/{id}"));

        factory.Clock.Advance(TimeSpan.FromDays(31));
        await RunReconcileAsync();
        await RunReconcileAsync();
        var reminders = Mails.In(factory.MailFolder).Where(m => m.Body.Contains($"/staff/rounds/{id}/publish")).ToList();
        Assert.Single(reminders);
        Assert.Contains("staff.chuo@demo.example", reminders[0].To);
        // Sent by a job (no request): the link is absolute, on the configured public address.
        Assert.Contains($"{LifecycleSiteFactory.PublicBaseUrl}/staff/rounds/{id}/publish", reminders[0].Body);
        Assert.Contains("時計で進む意見募集（案）", reminders[0].Subject);
        var actions = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "round" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(["round.created", "round.announced", "round.opened", "round.closed", "round.results-reminder"], actions);
    }

    [Fact]
    public async Task The_recurring_reconcile_job_is_registered()
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), j => j.Id == RoundClockRegistration.JobId);
    }
}
