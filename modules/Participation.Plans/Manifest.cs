using Participation.Core.Modules;

[assembly: Module(
    Name = "Plans",
    Description = "Plan tree (基本計画・実施計画), measures, KPIs per fiscal year, progress roll-up and dashboards with the resident voice.")]
