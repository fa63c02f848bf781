namespace Participation.Web.Hosting;

/// <summary>
/// Answers HEAD like GET (link checkers and crawlers use it): the request is routed as GET and
/// Kestrel, which knows the request was HEAD, sends the headers without the body.
/// </summary>
internal static class HeadRequests
{
    public static void UseHeadAsGet(this WebApplication app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
        return next(context);
    });
}
