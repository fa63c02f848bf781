using Participation.Core.Modules;

[assembly: Module(
    Name = "Consultations",
    Description = "Public-comment rounds (意見募集): notice, submissions on every channel, receipts, opinion groups, answers (考え方), 反映区分 and published results.",
    Dependencies = ["Drafts"])]
