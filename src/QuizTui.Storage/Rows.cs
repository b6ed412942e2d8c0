using Microsoft.Data.Sqlite;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Storage;

/// <summary>How records become rows and back.</summary>
internal static class Rows
{
    public const string AnswerColumns =
        "id, attempt_id, profile, event_id, quiz_id, question_id, question_type, skill, answer, answer_text, score, verdict, time_taken_ms, answered_at, answered_offset";

    public const string AttemptColumns =
        "id, profile, event_id, quiz_id, seed, question_count, started_at, started_offset, finished_at, finished_offset, score, kind, abandoned";

    public static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static int OffsetMinutes(DateTimeOffset time) => (int)time.Offset.TotalMinutes;

    public static DateTimeOffset Time(long millis, long offsetMinutes) =>
        DateTimeOffset.FromUnixTimeMilliseconds(millis).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    public static string VerdictKey(Verdict verdict) => verdict switch
    {
        Verdict.Right => "right",
        Verdict.Partial => "partial",
        Verdict.Wrong => "wrong",
        _ => "skipped",
    };

    public static Verdict ParseVerdict(string key) => key switch
    {
        "right" => Verdict.Right,
        "partial" => Verdict.Partial,
        "wrong" => Verdict.Wrong,
        _ => Verdict.Skipped,
    };

    public static string KindKey(AttemptKind kind) => kind switch
    {
        AttemptKind.Review => "review",
        AttemptKind.Cram => "cram",
        _ => "quiz",
    };

    public static AttemptKind ParseKind(string key) => key switch
    {
        "review" => AttemptKind.Review,
        "cram" => AttemptKind.Cram,
        _ => AttemptKind.Quiz,
    };

    public static Skill ParseSkill(string key) => Skills.TryParse(key, out var skill) ? skill : Skill.Detail;

    /// <summary>Reads answers; <paramref name="where"/> is the SQL after the FROM clause.</summary>
    public static List<AnswerRecord> ReadAnswers(SqliteConnection connection, SqliteTransaction? transaction, string where, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {AnswerColumns} FROM answers {where};";
        bind(command);
        var list = new List<AnswerRecord>();
        using var reader = command.ExecuteReader();
        string Shared(int ordinal) => reader.GetString(ordinal);
        while (reader.Read())
        {
            list.Add(new AnswerRecord(
                reader.GetInt64(1),
                Shared(2),
                Shared(3),
                Shared(4),
                Shared(5),
                Shared(6),
                ParseSkill(Shared(7)),
                reader.GetString(8),
                reader.GetString(9),
                reader.GetDouble(10),
                ParseVerdict(Shared(11)),
                TimeSpan.FromMilliseconds(reader.GetInt64(12)),
                Time(reader.GetInt64(13), reader.GetInt64(14)),
                reader.GetInt64(0)));
        }
        return list;
    }

    public static AttemptRecord ReadAttempt(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        reader.GetInt32(5),
        Time(reader.GetInt64(6), reader.GetInt64(7)),
        reader.IsDBNull(8) ? null : Time(reader.GetInt64(8), reader.IsDBNull(9) ? 0 : reader.GetInt64(9)),
        reader.GetDouble(10),
        ParseKind(reader.GetString(11)),
        reader.GetInt64(12) != 0);

    public static void WriteReviewState(SqliteConnection connection, SqliteTransaction transaction, ReviewState state)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO review_state (profile, event_id, quiz_id, question_id, box, last_answered_at, last_offset, misses)
            VALUES ($profile, $event, $quiz, $question, $box, $at, $offset, $misses);
            """;
        command.Parameters.AddWithValue("$profile", state.Profile);
        command.Parameters.AddWithValue("$event", state.EventId);
        command.Parameters.AddWithValue("$quiz", state.QuizId);
        command.Parameters.AddWithValue("$question", state.QuestionId);
        command.Parameters.AddWithValue("$box", state.Box);
        command.Parameters.AddWithValue("$at", Millis(state.LastAnsweredAt));
        command.Parameters.AddWithValue("$offset", OffsetMinutes(state.LastAnsweredAt));
        command.Parameters.AddWithValue("$misses", state.Misses);
        command.ExecuteNonQuery();
    }
}
