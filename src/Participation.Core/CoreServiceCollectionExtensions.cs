using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Events;
using Participation.Core.Files;
using Participation.Core.Jobs;
using Participation.Core.Localization;
using Participation.Core.Mail;
using Participation.Core.Markdown;
using Participation.Core.Privacy;
using Participation.Core.Secrets;

namespace Participation.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The services every module may rely on.</summary>
    public static IServiceCollection AddParticipationCore(this IServiceCollection services, TextCatalog catalog, AppDataPaths paths, MailOptions mail)
    {
        services.AddSingleton(catalog);
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(TextCatalog)));
        services.AddSingleton(paths);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IEventBus, InProcessEventBus>();
        services.AddScoped<IJobScheduler, HangfireJobScheduler>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.TryAddSingleton<IRedactor, JapaneseRedactor>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(mail));
        services.AddScoped<PublicLinks>();
        services.AddSingleton<SecretSealer>();
        if (string.IsNullOrWhiteSpace(mail.SmtpHost)) services.AddSingleton<IMailSender, PickupFolderMailSender>();
        else services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
