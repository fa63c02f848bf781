using Participation.Core.Modules;

[assembly: Module(
    Name = "Summaries",
    Description = "Councillor dashboards, per-round, ward and period reports (PDF, XLSX, CSV) and digests by mail.")]
