using Participation.Web.Caching;
using Participation.Web.Hosting;
using Participation.Web.Health;
using Participation.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddTopLevelSettings(builder.Environment);

var modules = builder.AddParticipationModules();
builder.AddParticipationLogging();
builder.AddParticipationDatabase();
builder.AddParticipationIdentity();
builder.AddParticipationWeb(modules);
builder.AddParticipationSecurity();
builder.AddParticipationPageCache();
builder.AddParticipationReverseProxy();
builder.Services.AddParticipationHealth();
builder.AddParticipationJobs();
builder.AddParticipationScaleOut();

var app = builder.Build();

await app.MigrateAndRunRecipesAsync();

app.UseParticipationReverseProxy();
app.UseHeadAsGet();
app.UseParticipationErrorPages();
app.UseSecurityHeaders();
app.UseParticipationRequestLogging();
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseOutputCache();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapParticipationHealth();
app.MapParticipationJobsDashboard();
app.MapControllers();
app.MapParticipationModules(modules);

app.Run();

public partial class Program;
