namespace Participation.Web.Hosting;

internal static class ErrorPages
{
    /// <summary>
    /// Localised error pages in every environment: exception details go to the log (scrubbed of
    /// personal data), never to the page.
    /// </summary>
    public static void UseParticipationErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
    }
}
