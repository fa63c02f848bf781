using System.Linq.Expressions;
using Hangfire;

namespace Participation.Core.Jobs;

public sealed class HangfireJobScheduler(IBackgroundJobClient client, IRecurringJobManager recurring) : IJobScheduler
{
    public string Enqueue<TJob>(Expression<Func<TJob, Task>> call) => client.Enqueue(call);

    public string Schedule<TJob>(Expression<Func<TJob, Task>> call, DateTimeOffset runAt) => client.Schedule(call, runAt);

    public void Recurring<TJob>(string id, Expression<Func<TJob, Task>> call, string cron) =>
        recurring.AddOrUpdate(id, call, cron, new RecurringJobOptions { TimeZone = Time.TokyoTime.Zone });
}
