using QuizTui.Core.Progress;
using QuizTui.Core.Questions;

namespace QuizTui.Class;

/// <summary>Version 3 of the schema: the report's summaries kept by triggers, and how they are filled and split.</summary>
internal static partial class ServerSchema
{
    /// <summary>
    /// Version 3: the report's summaries, kept as answers arrive, and live updates without a
    /// server-wide lock. Version 2 announced every insert with <c>pg_notify</c>, which makes
    /// PostgreSQL commit those transactions one at a time, each waiting for its own flush to disk:
    /// a class could not send more than a few hundred answers a second. And its report added up the
    /// tally (a row per student, question and answer given) several ways, seconds of work at a
    /// million answers. Instead, small summaries are kept by triggers:
    /// <list type="bullet">
    /// <item>per student (touched only by that student's own inserts, so students never wait for
    /// each other): <c>activity</c> (answers, right, finished runs, last answer; a live view polls
    /// its sums), <c>student_skills</c> (answers and the latest <see cref="ProgressReport.RecentWindow"/>
    /// scores per skill), <c>student_quizzes</c>, <c>student_questions</c>, <c>speaker_confusions</c>
    /// and <c>written_answers</c> (each student's latest written answer to a question);</item>
    /// <item>per question, shared by the class: <c>question_answers</c> (answers and their summed
    /// score per verdict and wrong answer) and <c>question_students</c> (students who answered), each
    /// split into <see cref="Slots"/> rows by a hash of the student (<see cref="SlotOf"/>), which the
    /// report adds up. A row lock is held until the commit, so a question's one row made a class
    /// answering it at the same moment commit one after the other, each waiting for its own flush
    /// to disk; split, a few students share each row. A sender inserts a batch in question order, so
    /// two batches take these rows' locks in the same order and cannot deadlock.</item>
    /// </list>
    /// </summary>
    private static string V3(ClassNames n)
    {
        string s = ClassNames.Quote(n.Schema), students = ClassNames.Quote(n.StudentRole), instructors = ClassNames.Quote(n.InstructorRole);
        // A wrong answer is counted by what was answered, to find a question's most common one; a
        // written answer's text is the student's own, so it is kept once per student instead.
        string keepsAnswer = $"verdict IN ('wrong', 'partial') AND NEW.question_type <> '{WrittenType.Instance.Key}'";
        return $"""
            DROP TRIGGER answers_announce ON {s}.answers;
            DROP TRIGGER runs_announce ON {s}.finished_runs;
            DROP FUNCTION {s}.announce_answers();
            DROP TRIGGER answers_tally ON {s}.answers;
            DROP FUNCTION {s}.count_answer();
            DROP TABLE {s}.answer_tally;
            DROP INDEX {s}.answers_recent_by_skill;

            CREATE TABLE {s}.activity (
                student       text        PRIMARY KEY,
                answers       bigint      NOT NULL,
                right_answers bigint      NOT NULL,
                finished_runs bigint      NOT NULL,
                last_at       timestamptz
            );
            CREATE TABLE {s}.student_skills (
                student      text               NOT NULL,
                skill        text               NOT NULL,
                answers      integer            NOT NULL,
                recent_at    timestamptz[]      NOT NULL,
                recent_score double precision[] NOT NULL,
                PRIMARY KEY (student, skill)
            );
            CREATE TABLE {s}.student_quizzes (
                student       text    NOT NULL,
                event_id      text    NOT NULL,
                quiz_id       text    NOT NULL,
                answers       integer NOT NULL,
                finished_runs integer NOT NULL,
                PRIMARY KEY (student, event_id, quiz_id)
            );
            CREATE TABLE {s}.student_questions (
                event_id    text NOT NULL,
                quiz_id     text NOT NULL,
                question_id text NOT NULL,
                student     text NOT NULL,
                PRIMARY KEY (student, event_id, quiz_id, question_id)
            );
            CREATE TABLE {s}.speaker_confusions (
                student     text    NOT NULL,
                event_id    text    NOT NULL,
                quiz_id     text    NOT NULL,
                question_id text    NOT NULL,
                given       text    NOT NULL,
                answers     integer NOT NULL,
                PRIMARY KEY (student, event_id, quiz_id, question_id, given)
            );
            CREATE TABLE {s}.question_students (
                event_id    text     NOT NULL,
                quiz_id     text     NOT NULL,
                question_id text     NOT NULL,
                slot        smallint NOT NULL,
                students    integer  NOT NULL,
                PRIMARY KEY (event_id, quiz_id, question_id, slot)
            );
            CREATE TABLE {s}.question_answers (
                event_id    text             NOT NULL,
                quiz_id     text             NOT NULL,
                question_id text             NOT NULL,
                slot        smallint         NOT NULL,
                verdict     text             NOT NULL,
                answer      text             NOT NULL,
                answer_text text             NOT NULL,
                answers     integer          NOT NULL,
                score_sum   double precision NOT NULL,
                PRIMARY KEY (event_id, quiz_id, question_id, verdict, answer, slot)
            );
            CREATE TABLE {s}.written_answers (
                student     text             NOT NULL,
                event_id    text             NOT NULL,
                quiz_id     text             NOT NULL,
                question_id text             NOT NULL,
                answered_at timestamptz      NOT NULL,
                score       double precision NOT NULL,
                verdict     text             NOT NULL,
                answer_text text             NOT NULL,
                PRIMARY KEY (student, event_id, quiz_id, question_id)
            );
            {FillSummaries(n)}

            CREATE FUNCTION {s}.summarise_answer() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
            BEGIN
                -- The student's own rows first, their activity row before all: two inserts of one
                -- student queue there before either holds a row of the class's.
                INSERT INTO {s}.activity AS a VALUES (NEW.student, 1, (NEW.verdict = 'right')::int, 0, NEW.answered_at)
                    ON CONFLICT (student) DO UPDATE
                    SET answers = a.answers + 1, right_answers = a.right_answers + excluded.right_answers,
                        last_at = greatest(a.last_at, excluded.last_at);
                INSERT INTO {s}.student_skills AS k VALUES (NEW.student, NEW.skill, 1, ARRAY[NEW.answered_at], ARRAY[NEW.score])
                    ON CONFLICT (student, skill) DO UPDATE
                    SET answers = k.answers + 1,
                        (recent_at, recent_score) = (
                            SELECT array_agg(at ORDER BY at DESC), array_agg(score ORDER BY at DESC)
                            FROM (SELECT at, score FROM unnest(k.recent_at || excluded.recent_at, k.recent_score || excluded.recent_score) u (at, score)
                                  ORDER BY at DESC LIMIT {ProgressReport.RecentWindow}) latest);
                INSERT INTO {s}.student_quizzes AS z VALUES (NEW.student, NEW.event_id, NEW.quiz_id, 1, 0)
                    ON CONFLICT (student, event_id, quiz_id) DO UPDATE SET answers = z.answers + 1;
                IF NEW.question_type = 'who-said-what' AND NEW.verdict <> 'right' AND NEW.answer LIKE 'speaker:%' THEN
                    INSERT INTO {s}.speaker_confusions AS c VALUES (NEW.student, NEW.event_id, NEW.quiz_id, NEW.question_id, substr(NEW.answer, 9), 1)
                        ON CONFLICT (student, event_id, quiz_id, question_id, given) DO UPDATE SET answers = c.answers + 1;
                END IF;
                IF NEW.question_type = '{WrittenType.Instance.Key}' AND NEW.answer LIKE '{WrittenType.Instance.Key}:%' THEN
                    INSERT INTO {s}.written_answers AS w
                        VALUES (NEW.student, NEW.event_id, NEW.quiz_id, NEW.question_id, NEW.answered_at, NEW.score, NEW.verdict, NEW.answer_text)
                        ON CONFLICT (student, event_id, quiz_id, question_id) DO UPDATE
                        SET (answered_at, score, verdict, answer_text) = (excluded.answered_at, excluded.score, excluded.verdict, excluded.answer_text)
                        WHERE excluded.answered_at >= w.answered_at;
                END IF;
                INSERT INTO {s}.student_questions VALUES (NEW.event_id, NEW.quiz_id, NEW.question_id, NEW.student)
                    ON CONFLICT DO NOTHING;
                -- Then the question's rows (the student's slot of them), its students before its answers.
                IF FOUND THEN
                    INSERT INTO {s}.question_students AS q VALUES (NEW.event_id, NEW.quiz_id, NEW.question_id, {SlotOf("NEW.student")}, 1)
                        ON CONFLICT (event_id, quiz_id, question_id, slot) DO UPDATE SET students = q.students + 1;
                END IF;
                INSERT INTO {s}.question_answers AS t
                    VALUES (NEW.event_id, NEW.quiz_id, NEW.question_id, {SlotOf("NEW.student")}, NEW.verdict,
                            CASE WHEN NEW.{keepsAnswer} THEN NEW.answer ELSE '' END,
                            CASE WHEN NEW.{keepsAnswer} THEN NEW.answer_text ELSE '' END, 1, NEW.score)
                    ON CONFLICT (event_id, quiz_id, question_id, verdict, answer, slot) DO UPDATE
                    SET answers = t.answers + 1, score_sum = t.score_sum + excluded.score_sum, answer_text = excluded.answer_text;
                RETURN NULL;
            END
            $body$;
            REVOKE ALL ON FUNCTION {s}.summarise_answer() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION {s}.summarise_answer() TO {students};
            CREATE TRIGGER answers_summary AFTER INSERT ON {s}.answers FOR EACH ROW EXECUTE FUNCTION {s}.summarise_answer();

            CREATE FUNCTION {s}.summarise_run() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
            BEGIN
                INSERT INTO {s}.activity AS a VALUES (NEW.student, 0, 0, 1, NULL)
                    ON CONFLICT (student) DO UPDATE SET finished_runs = a.finished_runs + 1;
                IF NEW.run_kind = 'quiz' THEN
                    INSERT INTO {s}.student_quizzes AS z VALUES (NEW.student, NEW.event_id, NEW.quiz_id, 0, 1)
                        ON CONFLICT (student, event_id, quiz_id) DO UPDATE SET finished_runs = z.finished_runs + 1;
                END IF;
                RETURN NULL;
            END
            $body$;
            REVOKE ALL ON FUNCTION {s}.summarise_run() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION {s}.summarise_run() TO {students};
            CREATE TRIGGER runs_summary AFTER INSERT ON {s}.finished_runs FOR EACH ROW EXECUTE FUNCTION {s}.summarise_run();

            REVOKE ALL ON {SummaryTables(n)} FROM PUBLIC;
            GRANT SELECT ON {SummaryTables(n)} TO {instructors};
            """;
    }

    /// <summary>Fills the (empty) summaries from every answer and finished run: when they are created, and after a bulk load made without their triggers.</summary>
    internal static string FillSummaries(ClassNames n)
    {
        string s = ClassNames.Quote(n.Schema);
        string keepsAnswer = $"verdict IN ('wrong', 'partial') AND question_type <> '{WrittenType.Instance.Key}'";
        return $"""
            INSERT INTO {s}.activity
                SELECT student, sum(answers), sum(right_answers), sum(runs), max(last_at)
                FROM (SELECT student, count(*) AS answers, count(*) FILTER (WHERE verdict = 'right') AS right_answers, 0 AS runs, max(answered_at) AS last_at
                      FROM {s}.answers GROUP BY student
                      UNION ALL
                      SELECT student, 0, 0, count(*), NULL FROM {s}.finished_runs GROUP BY student) counted
                GROUP BY student;
            INSERT INTO {s}.student_skills
                SELECT student, skill, count(*),
                       (array_agg(answered_at ORDER BY answered_at DESC, id))[1:{ProgressReport.RecentWindow}],
                       (array_agg(score ORDER BY answered_at DESC, id))[1:{ProgressReport.RecentWindow}]
                FROM {s}.answers GROUP BY student, skill;
            INSERT INTO {s}.student_quizzes
                SELECT student, event_id, quiz_id, sum(answers), sum(runs)
                FROM (SELECT student, event_id, quiz_id, count(*) AS answers, 0 AS runs FROM {s}.answers GROUP BY 1, 2, 3
                      UNION ALL
                      SELECT student, event_id, quiz_id, 0, count(*) FROM {s}.finished_runs WHERE run_kind = 'quiz' GROUP BY 1, 2, 3) counted
                GROUP BY 1, 2, 3;
            INSERT INTO {s}.student_questions SELECT DISTINCT event_id, quiz_id, question_id, student FROM {s}.answers;
            INSERT INTO {s}.question_students
                SELECT event_id, quiz_id, question_id, {SlotOf("student")}, count(*) FROM {s}.student_questions GROUP BY 1, 2, 3, 4;
            INSERT INTO {s}.speaker_confusions
                SELECT student, event_id, quiz_id, question_id, substr(answer, 9), count(*)
                FROM {s}.answers
                WHERE question_type = 'who-said-what' AND verdict <> 'right' AND answer LIKE 'speaker:%'
                GROUP BY 1, 2, 3, 4, 5;
            INSERT INTO {s}.question_answers
                SELECT event_id, quiz_id, question_id, {SlotOf("student")}, verdict, CASE WHEN {keepsAnswer} THEN answer ELSE '' END,
                       max(CASE WHEN {keepsAnswer} THEN answer_text ELSE '' END), count(*), sum(score)
                FROM {s}.answers
                GROUP BY 1, 2, 3, 4, 5, 6;
            INSERT INTO {s}.written_answers
                SELECT DISTINCT ON (student, event_id, quiz_id, question_id) student, event_id, quiz_id, question_id, answered_at, score, verdict, answer_text
                FROM {s}.answers
                WHERE question_type = '{WrittenType.Instance.Key}' AND answer LIKE '{WrittenType.Instance.Key}:%'
                ORDER BY student, event_id, quiz_id, question_id, answered_at DESC, id;
            """;
    }

    /// <summary>How many rows each question's shared summaries are split into.</summary>
    /// <remarks>
    /// 32 rows: a class of 300 answering one question at once queues about ten to a row rather than
    /// 300, and a report over a million answers adds up tens of thousands of rows, not hundreds of thousands.
    /// </remarks>
    internal const int Slots = 32;

    /// <summary>
    /// The slot of a student's rows among a question's (<paramref name="student"/> is an SQL
    /// expression). Sums are right whichever slot a row lands in, so a hash that differs between
    /// server versions costs nothing but a few more rows.
    /// </summary>
    internal static string SlotOf(string student) => $"(hashtext({student}) & {Slots - 1})";

    /// <summary>The summaries of version 3, which only the instructor role reads.</summary>
    internal static readonly IReadOnlyList<string> Summaries =
        ["activity", "student_skills", "student_quizzes", "student_questions", "speaker_confusions", "question_students", "question_answers", "written_answers"];

    /// <summary>Every summary table, qualified, comma-separated (to empty before <see cref="FillSummaries"/>, or to grant).</summary>
    internal static string SummaryTables(ClassNames n) => string.Join(", ", Summaries.Select(t => $"{ClassNames.Quote(n.Schema)}.{t}"));
}
