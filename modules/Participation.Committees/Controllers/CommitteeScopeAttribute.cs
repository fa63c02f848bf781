using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Participation.Committees.Services;

namespace Participation.Committees.Controllers;

/// <summary>
/// Secretariat pages of one committee answer 403 to secretariat users not assigned to it. The committee is found
/// from the route: <c>{rid}</c> is a recruitment, <c>/staff/selection-runs/{id}</c> a selection run,
/// <c>/staff/committees/{id}</c> a committee. Routes without one (lists, new committee) pass; lists filter themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CommitteeScopeAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var scope = context.HttpContext.RequestServices.GetRequiredService<SecretariatScope>();
        var user = context.HttpContext.User;
        var ct = context.HttpContext.RequestAborted;
        var template = context.ActionDescriptor.AttributeRouteInfo?.Template ?? "";
        var values = context.RouteData.Values;
        int? Read(string key) => values.TryGetValue(key, out var v) && int.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), out var n) ? n : null;
        var allowed = true;
        if (Read("rid") is { } rid) allowed = await scope.RecruitmentAsync(user, rid, ct);
        else if (Read("id") is { } id && template.Contains("selection-runs", StringComparison.Ordinal)) allowed = await scope.RunAsync(user, id, ct);
        else if (Read("id") is { } cid && template.Contains("staff/committees", StringComparison.Ordinal)) allowed = await scope.CommitteeAsync(user, cid, ct);
        if (!allowed) { context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden); return; }
        await next();
    }
}
