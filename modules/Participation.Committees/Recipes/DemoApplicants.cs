using Participation.Committees.Models;
using Participation.Committees.Services;

namespace Participation.Committees.Recipes;

/// <summary>Generated (fictional) applicants for the closed demo call: the volunteer pool of the fair lottery.</summary>
internal static class DemoApplicants
{
    private static readonly string[] FamilyNames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"];
    private static readonly string[] GivenNames = ["陽子", "健一", "美咲", "大輔", "直美", "翔太", "恵子", "誠", "彩", "浩二"];
    private static readonly string[] Wards = ["中央区", "北区", "南区", "東区", "西区", "緑が丘区"];
    private static readonly string[] Jobs = ["会社員", "自営業", "学生", "パート・アルバイト", "無職・退職", "公務員以外の団体職員"];

    public static IEnumerable<Application> Generate(int recruitmentId, int count, DateTime at)
    {
        var random = new Random(2026);
        for (var i = 0; i < count; i++)
        {
            // Skewed like real replies: older men over-represented.
            var age = random.NextDouble() < 0.55 ? random.Next(60, 85) : random.Next(18, 60);
            var gender = random.NextDouble() < 0.62 ? "男性" : "女性";
            var essay = string.Concat(Enumerable.Repeat("バスの本数が減り、通院や買い物に困る高齢の方が増えています。地域で支え合う移動の仕組みを考えたいと思います。", 18));
            yield return new Application
            {
                RecruitmentId = recruitmentId, ReceiptNumber = $"C{recruitmentId:000}-DEMO{i:0000}",
                Status = ApplicationStatus.UnderReview, Gender = gender, AgeBand = AgeBands.Of(age),
                Ward = Wards[random.Next(Wards.Length)], Occupation = Jobs[random.Next(Jobs.Length)], Essay = essay,
                SubmittedAtUtc = at.AddHours(i),
                Contact = new ApplicantContact
                {
                    Name = FamilyNames[random.Next(FamilyNames.Length)] + " " + GivenNames[random.Next(GivenNames.Length)],
                    Email = $"applicant{i:000}@demo.example", Age = age,
                },
            };
        }
    }
}
