using System.Globalization;
using Humanizer;
using System.Text;
using QuizTui.Core.Formats;
using QuizTui.Core.Model;

namespace QuizTui.Core.Progress;

/// <summary>Mastery of one skill by one student: the average score of their latest answers of it.</summary>
/// <param name="Skill">The skill's key (<c>main-idea</c>, <c>who-said-what</c>…).</param>
/// <param name="Mastery">Average of the latest <see cref="ProgressReport.RecentWindow"/> answers, 0 to 100.</param>
public sealed record SkillScore(string Skill, int Answers, double Mastery);

/// <summary>One student of the class.</summary>
/// <param name="PercentRight">Share of all their answers that were right, 0 to 100.</param>
/// <param name="QuizzesFinished">Distinct quizzes they finished at least once.</param>
/// <param name="Removed">True when the instructor removed the student; their answers stay.</param>
public sealed record StudentSummary(
    string Student,
    int Answers,
    double PercentRight,
    int QuizzesFinished,
    int RunsFinished,
    DateTimeOffset? LastActive,
    IReadOnlyList<SkillScore> Mastery,
    bool Removed = false);

/// <summary>Quotations of one speaker that students gave to another, across the class.</summary>
public sealed record ClassConfusion(string EventId, string SaidBy, string SaidByName, string GivenTo, string GivenToName, int Count, int Students);

/// <summary>
/// The class summary read live from a class server: per student, per quiz and question (the same
/// <see cref="QuizSummary"/> rows as the report built from exports), and the speakers the class mixes
/// up in who-said-what. Written as text, CSV (one table at a time) or JSON.
/// </summary>
public sealed record LiveClassReport(
    string Class,
    DateTimeOffset ReadAt,
    int Answers,
    IReadOnlyList<StudentSummary> Students,
    IReadOnlyList<QuizSummary> Quizzes,
    IReadOnlyList<ClassConfusion> Confusions)
{
    /// <summary>The tables <see cref="WriteCsv"/> can write.</summary>
    public static readonly IReadOnlyList<string> CsvTables = ["students", "questions", "confusions"];

    public static readonly IReadOnlyList<string> StudentCsvColumns =
        ["student", "answers", "percent_right", "quizzes_finished", "runs_finished", "last_active", .. Enum.GetValues<Skill>().Select(MasteryColumn)];

    public static readonly IReadOnlyList<string> ConfusionCsvColumns =
        ["event_id", "said_by", "said_by_name", "given_to", "given_to_name", "count", "students"];

    /// <summary>The questions part as the report from exports shows it.</summary>
    public ClassReport QuestionReport => new(Students.Count(s => s.Answers > 0), Answers, 0, Quizzes);

    /// <summary>Students who answered anything.</summary>
    public int ActiveStudents => Students.Count(s => s.Answers > 0);

    public void WriteJson(Stream stream) => PublicJsonText.Write(stream, this, PublicJsonText.Context.LiveClassReport);

    /// <summary>
    /// One table as CSV (<see cref="SpreadsheetCsv"/>): students, questions (as
    /// <see cref="ClassReport.WriteCsv"/>), or confusions. Names are text cells, guarded against formulas.
    /// </summary>
    public void WriteCsv(TextWriter writer, string table)
    {
        switch (table)
        {
            case "questions":
                QuestionReport.WriteCsv(writer);
                return;
            case "confusions":
            {
                using var csv = SpreadsheetCsv.Writer(writer, ConfusionCsvColumns);
                foreach (var c in Confusions)
                {
                    using var row = csv.NewRow();
                    row["event_id"].Set(c.EventId);
                    row["said_by"].Set(c.SaidBy);
                    row["said_by_name"].Set(SpreadsheetCsv.Guard(c.SaidByName));
                    row["given_to"].Set(c.GivenTo);
                    row["given_to_name"].Set(SpreadsheetCsv.Guard(c.GivenToName));
                    row["count"].Set(Int(c.Count));
                    row["students"].Set(Int(c.Students));
                }
                return;
            }
            default:
            {
                using var csv = SpreadsheetCsv.Writer(writer, StudentCsvColumns);
                foreach (var s in Students)
                {
                    var byKey = s.Mastery.ToDictionary(m => m.Skill, StringComparer.Ordinal);
                    using var row = csv.NewRow();
                    row["student"].Set(SpreadsheetCsv.Guard(s.Student));
                    row["answers"].Set(Int(s.Answers));
                    row["percent_right"].Set(Number(s.PercentRight));
                    row["quizzes_finished"].Set(Int(s.QuizzesFinished));
                    row["runs_finished"].Set(Int(s.RunsFinished));
                    row["last_active"].Set(s.LastActive?.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture) ?? "");
                    foreach (var skill in Enum.GetValues<Skill>())
                        row[MasteryColumn(skill)].Set(byKey.TryGetValue(Skills.Key(skill), out var m) ? Number(m.Mastery) : "");
                }
                return;
            }
        }
    }

    private static string MasteryColumn(Skill skill) => "mastery_" + Skills.Key(skill).Replace('-', '_');

    /// <summary>The report for a terminal: students, then each quiz's questions, then confusions.</summary>
    public string ToText(DateTimeOffset now)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"Class {Class}: {"student".ToQuantity(Students.Count(s => !s.Removed))}, {"answer".ToQuantity(Answers)} (read {ReadAt.ToLocalTime():yyyy-MM-dd HH:mm})\n");
        sb.Append("\nStudents\n");
        var skills = SkillsAnswered();
        var rows = new List<string[]>
        {
            new[] { "student", "answers", "right", "quizzes", "last active" }.Concat(skills.Select(ShortSkill)).ToArray(),
        };
        foreach (var s in Students)
        {
            var byKey = s.Mastery.ToDictionary(m => m.Skill, StringComparer.Ordinal);
            rows.Add([
                TextTable.Clip(s.Student, 24) + (s.Removed ? " (removed)" : ""), Int(s.Answers), s.Answers == 0 ? "–" : Number(s.PercentRight) + "%",
                Int(s.QuizzesFinished), s.LastActive is { } at ? Ago(at, now) : "never",
                .. skills.Select(k => byKey.TryGetValue(k, out var m) ? Number(m.Mastery) + "%" : "–")]);
        }
        sb.Append(TextTable.Render(rows, rightAligned: [1, 2, 3, .. Enumerable.Range(5, skills.Count)]));
        if (skills.Count > 0)
            sb.Append(CultureInfo.InvariantCulture, $"(mastery per skill: the average of each student's latest {ProgressReport.RecentWindow} answers of it)\n");

        sb.Append("\nQuestions\n");
        string questions = QuestionReport.ToTable();
        sb.Append(questions[(questions.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimStart('\n'));

        sb.Append("\nSpeakers the class mixes up (who said what)\n");
        if (Confusions.Count == 0)
            sb.Append("None so far.\n");
        foreach (var c in Confusions)
            sb.Append(CultureInfo.InvariantCulture, $"{c.SaidByName}'s words given to {c.GivenToName}: {"time".ToQuantity(c.Count)}, by {"student".ToQuantity(c.Students)}\n");
        return sb.ToString();
    }

    /// <summary>Skills anyone in the class answered, in the order of <see cref="Skill"/>.</summary>
    public IReadOnlyList<string> SkillsAnswered()
    {
        var answered = Students.SelectMany(s => s.Mastery).Select(m => m.Skill).ToHashSet(StringComparer.Ordinal);
        return Enum.GetValues<Skill>().Select(Skills.Key).Where(answered.Contains).ToList();
    }

    /// <summary>A skill's key as a short column head.</summary>
    public static string ShortSkill(string key) => key switch
    {
        "main-idea" => "idea",
        "inference" => "infer",
        "vocabulary" => "vocab",
        "sourcing" => "source",
        "comparison" => "compare",
        "who-said-what" => "who",
        _ => key,
    };

    /// <summary>"just now", "5 min ago", "3 h ago", "2 days ago".</summary>
    public static string Ago(DateTimeOffset at, DateTimeOffset now)
    {
        var gap = now - at;
        if (gap < TimeSpan.FromMinutes(1))
            return "just now";
        if (gap < TimeSpan.FromHours(1))
            return $"{(int)gap.TotalMinutes} min ago";
        if (gap < TimeSpan.FromDays(1))
            return $"{(int)gap.TotalHours} h ago";
        return "day".ToQuantity((int)gap.TotalDays) + " ago";
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
