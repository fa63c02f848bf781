using Participation.Core.Modules;

[assembly: Module(
    Name = "Clustering",
    Description = "Topic clustering of submissions and posts: labels, representatives, 2-D map, template detection, links to plan measures.")]
