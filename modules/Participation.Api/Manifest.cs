using Participation.Core.Modules;

[assembly: Module(
    Name = "Api",
    Description = "Open-data GraphQL endpoint and downloads: published data only, never personal data.")]
