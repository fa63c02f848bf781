using Participation.Core.Modules;

[assembly: Module(
    Name = "Drafts",
    Description = "Policy drafts: Markdown, numbered sections with stable anchors, versions with per-section differences, attachments.")]
