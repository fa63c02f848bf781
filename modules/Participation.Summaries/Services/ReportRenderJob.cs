using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Participation.Summaries.Services;

/// <summary>
/// Renders one report in the background (Hangfire), saving its progress as it goes and the finished file
/// for download. The data is gathered again here, so the file shows the data as it is when rendered.
/// </summary>
public sealed class ReportRenderJob(ReportBuilder reports, ReportJobs jobs, ILogger<ReportRenderJob> log)
{
    public async Task RunAsync(string id, ReportJobRequest request, CancellationToken ct)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var state = await jobs.GetAsync(id, ct) ?? new ReportJobState(ReportJobStatus.Queued, 0, request.FileName, DateTime.UtcNow);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.Culture);
            state = state with { Status = ReportJobStatus.Running, Percent = 1 };
            await jobs.SaveAsync(id, state, ct);
            var last = 1;
            // The renderer is synchronous; progress is written as it reports whole steps.
            void Progress(int percent)
            {
                if (percent <= last) return;
                last = percent;
                jobs.SaveAsync(id, state with { Percent = percent }, ct).GetAwaiter().GetResult();
            }
            var file = await RenderAsync(request, Progress, ct);
            if (file is null) throw new InvalidOperationException($"Nothing to render for {request.Kind} {request.Id}.");
            await jobs.StoreFileAsync(id, file, ct);
            await jobs.SaveAsync(id, state with { Status = ReportJobStatus.Done, Percent = 100 }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Report job {Id} ({Kind}) failed", id, request.Kind);
            await jobs.SaveAsync(id, state with { Status = ReportJobStatus.Failed }, CancellationToken.None);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    private async Task<byte[]?> RenderAsync(ReportJobRequest request, Action<int> progress, CancellationToken ct)
    {
        switch (request.Kind)
        {
            case "round":
                var report = await reports.RoundAsync(request.Id ?? 0, ct);
                return report is null ? null : reports.RoundPdf(report, await reports.TopicsAsync(report.Round.Id, ct), progress);
            case "ward":
                var ward = await reports.WardAsync(request.Id ?? 0, ct);
                return ward is null ? null : reports.AreaPdf("ward", ward, progress);
            case "period" when DateOnly.TryParse(request.From, CultureInfo.InvariantCulture, out var from)
                               && DateOnly.TryParse(request.To, CultureInfo.InvariantCulture, out var to):
                return reports.AreaPdf("period", await reports.PeriodAsync(from, to, ct), progress);
            default:
                return null;
        }
    }
}
